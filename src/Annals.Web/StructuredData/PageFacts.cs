using Annals.Web.Pages;
using Annals.Web.Rendering;

namespace Annals.Web.StructuredData;

/// <summary>What every node of a page's structured data may need: the site, the page's absolute URL and description, and its share image.</summary>
internal sealed record PageFacts(SiteView Site, string PageUrl, string Description, string? ImageUrl)
{
    /// <summary>The site's own address with a trailing slash: <c>https://example.org/</c>.</summary>
    public string HomeUrl => Absolute("/");

    public string Absolute(string url) => SiteUrls.AbsoluteOrExternal(Site.BaseUrl, url);
}
