namespace Annals.Web.Rendering;

/// <summary>The fingerprinted URLs of the theme's files, such as <c>/_theme/css/site.3f2a1c9e.css</c>.</summary>
public sealed record AssetUrls(string Stylesheet, string? Script);
