namespace Annals.Web.Rendering;

/// <summary>The fingerprinted URLs of the theme's files, such as <c>/_theme/css/site.3f2a1c9e.css</c>.</summary>
/// <param name="Stylesheet">The site's one stylesheet.</param>
/// <param name="Script">The search page's script, if the theme has one.</param>
/// <param name="Icon">The site's icon (browsers ask for /favicon.ico without it), if the theme has one.</param>
public sealed record AssetUrls(string Stylesheet, string? Script, string? Icon = null)
{
    /// <summary>The theme's default image for shared links (<c>images/share.png</c>, 1200×630 by convention), or null when the theme has none.</summary>
    public ShareImage? ShareImage { get; init; }
}
