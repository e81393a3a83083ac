namespace Annals.Web.Rendering;

/// <summary>The fingerprinted URLs of the theme's files, such as <c>/_theme/css/site.3f2a1c9e.css</c>.</summary>
public sealed record AssetUrls(string Stylesheet, string? Script)
{
    /// <summary>The theme's default image for shared links (<c>images/share.png</c>, 1200×630 by convention), or null when the theme has none.</summary>
    public ShareImage? ShareImage { get; init; }
}
