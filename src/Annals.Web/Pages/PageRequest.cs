using Annals.Pipeline.Documents;
using Annals.Web.Rendering;

namespace Annals.Web.Pages;

/// <summary>A page to render: its URL, the layout that draws it, what the layout sees, and the file it came from.</summary>
public sealed record PageRequest(string Url, string Layout, PageModel Model, string? SourcePath)
{
    /// <summary>Carries the request on the page's document until it is rendered.</summary>
    public static readonly MetadataKey<PageRequest> Key = new("page-request");

    /// <summary>The day the page's content last changed (its newest item), for the sitemap.</summary>
    public DateOnly? LastModified { get; init; }

    /// <summary>False for pages crawlers should not list, such as 404.html.</summary>
    public bool InSitemap { get; init; } = true;

    public Document ToDocument() => new Document(SourcePath, SiteUrls.ToDestination(Url)).With(Key, this);
}
