using System.Globalization;
using Annals.Web.Rendering;

namespace Annals.Web.Pages;

/// <summary>One page per item, linked to the previous (older) and next (newer) item by date.</summary>
public static class PostPages
{
    public const string Layout = "post";

    /// <param name="items">Newest first.</param>
    public static IEnumerable<PageRequest> Create(IReadOnlyList<PublishedItem> items, ViewMapper views)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(views);
        for (int index = 0; index < items.Count; index++)
        {
            PublishedItem current = items[index];
            PublishedItem? newer = index > 0 ? items[index - 1] : null;
            PublishedItem? older = index + 1 < items.Count ? items[index + 1] : null;
            // The numbers say which neighbour is which, so an older item becoming the newer one changes the stamp.
            UInt128? stamp = views.Stamps?.Of(Layout, [older is null ? 0 : 1, newer is null ? 0 : 1], InputsOf(current, older, newer));
            yield return new PageRequest(current.Item.Url, Layout, () => Model(current, older, newer, views), current.Item.SourcePath, stamp)
            {
                LastModified = current.Item.Date.Day,
            };
        }
    }

    private static PageModel Model(PublishedItem current, PublishedItem? older, PublishedItem? newer, ViewMapper views)
    {
        string year = current.Item.Year.ToString(CultureInfo.InvariantCulture);
        return views.Page(
            current.Item.Title,
            current.Item.Url,
            ViewMapper.Description(current.Item, current.Body),
            Layout,
            Breadcrumbs.Of(new Crumb("Archive", "/archive/"), new Crumb(year, $"/archive/{year}/"), new Crumb(current.Item.Title, current.Item.Url))) with
        {
            Item = views.Post(current, older?.Item, newer?.Item),
        };
    }

    private static IEnumerable<PublishedItem> InputsOf(PublishedItem current, PublishedItem? older, PublishedItem? newer)
    {
        yield return current;
        if (older is not null)
        {
            yield return older;
        }

        if (newer is not null)
        {
            yield return newer;
        }
    }
}
