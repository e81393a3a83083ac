using System.Collections.Immutable;
using System.Globalization;
using Annals.Web.Archives;
using Annals.Web.Rendering;

namespace Annals.Web.Pages;

/// <summary>The latest items, <c>posts_per_page</c> at a time: <c>/</c>, <c>/page/2/</c>, ...</summary>
public static class HomePages
{
    public const string Layout = "home";

    public static IEnumerable<PageRequest> Create(IReadOnlyList<PublishedItem> items, ViewMapper views)
    {
        ArgumentNullException.ThrowIfNull(views);
        foreach (ListPage<PublishedItem> page in Pagination.Split(items, views.Settings.PostsPerPage, "/"))
        {
            string title = page.Number == 1 ? views.Settings.Title : string.Create(CultureInfo.InvariantCulture, $"Latest news, page {page.Number}");
            ImmutableArray<Crumb> crumbs = page.Number == 1 ? [] : Breadcrumbs.Of(new Crumb(title, page.Url));
            UInt128? stamp = views.Stamps?.Of(Layout, [page.Number, page.TotalPages], page.Items);
            yield return new PageRequest(
                page.Url,
                Layout,
                () => views.Page(title, page.Url, views.Settings.Description ?? views.Settings.Title, Layout, crumbs) with
                {
                    Items = [.. page.Items.Select(views.Summary)],
                    Pager = PagerOf(page),
                },
                null,
                stamp)
            {
                LastModified = Newest(page.Items),
            };
        }
    }

    /// <summary>The day of the newest item of a list, or null for an empty list.</summary>
    public static DateOnly? Newest(IEnumerable<PublishedItem> items) =>
        items.Select(p => (DateOnly?)p.Item.Date.Day).Max();

    public static Pager? PagerOf<T>(ListPage<T> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.TotalPages <= 1)
        {
            return null;
        }

        string first = page.FirstPageUrl;
        return Pager.For(page.Number, page.TotalPages, n => Pagination.UrlOf(first, n));
    }
}
