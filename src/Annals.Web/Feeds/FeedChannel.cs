namespace Annals.Web.Feeds;

/// <summary>What a feed is about: its title, its own address, the page it mirrors, and who publishes it.</summary>
public sealed record FeedChannel(string Title, string SelfUrl, string PageUrl, string? Subtitle, string Publisher, string? Language);
