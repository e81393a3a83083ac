using System.Collections.Immutable;

namespace Annals.Web.Rendering;

/// <summary>
/// What every page has: its title, site-relative URL, absolute canonical URL, a description for search engines
/// and link previews, its kind (<c>post</c>, <c>home</c>, ...) and the trail of breadcrumbs that leads to it.
/// </summary>
public sealed record PageInfo(
    string Title,
    string Url,
    string CanonicalUrl,
    string Description,
    string Kind,
    ImmutableArray<Crumb> Breadcrumbs);
