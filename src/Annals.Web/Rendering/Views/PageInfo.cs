using System.Collections.Immutable;

namespace Annals.Web.Rendering;

/// <summary>
/// What every page has: its title, site-relative URL, absolute canonical URL, a description for search engines
/// and link previews, its kind (<c>post</c>, <c>home</c>, ...), the trail of breadcrumbs that leads to it, and the
/// main navigation as it shows it.
/// </summary>
public sealed record PageInfo(
    string Title,
    string Url,
    string CanonicalUrl,
    string Description,
    string Kind,
    ImmutableArray<Crumb> Breadcrumbs)
{
    /// <summary>The main navigation with this page's section marked (see <see cref="PageNav"/>).</summary>
    public ImmutableArray<PageNavLink> Nav { get; init; } = [];
}
