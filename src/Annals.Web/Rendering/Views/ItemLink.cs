namespace Annals.Web.Rendering;

/// <summary>A link to another item, such as the previous or next one.</summary>
public sealed record ItemLink(string Title, string Url);
