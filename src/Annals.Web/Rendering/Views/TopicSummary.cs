namespace Annals.Web.Rendering;

/// <summary>A topic: its page, description, number of items, and its Atom feed.</summary>
public sealed record TopicSummary(string Name, string Url, string? Description, int Count, string FeedUrl);
