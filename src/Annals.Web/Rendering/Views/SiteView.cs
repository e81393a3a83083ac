using System.Collections.Immutable;

namespace Annals.Web.Rendering;

/// <summary>The site as every template sees it: <c>site.title</c>, <c>site.base_url</c>, <c>site.nav</c>, ...</summary>
public sealed record SiteView(
    string Title,
    string BaseUrl,
    string Language,
    string? Description,
    string? Organization,
    ImmutableArray<NavItem> Nav);
