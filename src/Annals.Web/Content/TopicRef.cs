namespace Annals.Web.Content;

/// <summary>A topic as written on an item: its slug (what matches topics together) and the spelling written.</summary>
public sealed record TopicRef(string Slug, string Name);
