namespace Annals.Web.Rendering;

/// <summary>A link to a topic's page.</summary>
public sealed record TopicLink(string Name, string Url);
