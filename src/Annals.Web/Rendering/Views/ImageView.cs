namespace Annals.Web.Rendering;

/// <summary>The lead image of an item.</summary>
public sealed record ImageView(string Url, string Alt, string? Caption, string? Credit);
