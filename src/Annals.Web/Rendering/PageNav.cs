using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Annals.Web.Rendering;

/// <summary>
/// The main navigation as each page shows it, with the links to the page's own section marked current. Worked out
/// here rather than in the base layout: a loop over the breadcrumbs inside the loop over the links cost a quarter of
/// the time of rendering an item's page.
/// </summary>
public sealed class PageNav(ImmutableArray<NavItem> links)
{
    /// <summary>The few distinct variants (one per section, and none current), shared by every page that shows them.</summary>
    private readonly ConcurrentDictionary<ulong, ImmutableArray<PageNavLink>> _byCurrentLinks = new();

    public ImmutableArray<PageNavLink> For(string pageUrl, ImmutableArray<Crumb> breadcrumbs)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        if (links.Length > 64)
        {
            // Too many links for the mask: made for this page alone.
            return Variant(i => IsCurrent(links[i].Url, pageUrl, breadcrumbs));
        }

        ulong current = 0;
        for (int i = 0; i < links.Length; i++)
        {
            if (IsCurrent(links[i].Url, pageUrl, breadcrumbs))
            {
                current |= 1UL << i;
            }
        }

        return _byCurrentLinks.GetOrAdd(current, mask => Variant(i => (mask & (1UL << i)) != 0));
    }

    private ImmutableArray<PageNavLink> Variant(Func<int, bool> isCurrent) =>
        [.. links.Select((link, i) => new PageNavLink(link.Title, link.Url, isCurrent(i)))];

    /// <summary>
    /// A link is current on its own page, on every page under it (the home link only on the home page), and on a
    /// page whose breadcrumbs pass through it (an event's page is in Events although its URL is not under /events/).
    /// </summary>
    public static bool IsCurrent(string linkUrl, string pageUrl, ImmutableArray<Crumb> breadcrumbs)
    {
        ArgumentNullException.ThrowIfNull(linkUrl);
        ArgumentNullException.ThrowIfNull(pageUrl);
        if (linkUrl == pageUrl || (linkUrl != "/" && pageUrl.StartsWith(linkUrl, StringComparison.Ordinal)))
        {
            return true;
        }

        foreach (Crumb crumb in breadcrumbs.IsDefault ? [] : breadcrumbs)
        {
            if (crumb.Url != "/" && crumb.Url == linkUrl)
            {
                return true;
            }
        }

        return false;
    }
}
