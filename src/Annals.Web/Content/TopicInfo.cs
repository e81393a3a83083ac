namespace Annals.Web.Content;

/// <summary>A topic described in <c>input/topics.yml</c>: its display name and a one-line description.</summary>
public sealed record TopicInfo(string Slug, string Name, string? Description);
