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
            string year = current.Item.Year.ToString(CultureInfo.InvariantCulture);
            PageModel model = views.Page(
                current.Item.Title,
                current.Item.Url,
                ViewMapper.Description(current.Item, current.Body),
                Layout,
                Breadcrumbs.Of(new Crumb("Archive", "/archive/"), new Crumb(year, $"/archive/{year}/"), new Crumb(current.Item.Title, current.Item.Url))) with
            {
                Item = views.Post(current, older?.Item, newer?.Item),
            };
            yield return new PageRequest(current.Item.Url, Layout, model, current.Item.SourcePath) { LastModified = current.Item.Date.Day };
        }
    }
}
