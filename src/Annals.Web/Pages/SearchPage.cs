using Annals.Web.Archives;
using Annals.Web.Rendering;

namespace Annals.Web.Pages;

/// <summary>
/// <c>/search/</c>: the search form, filled in and run by <c>theme/assets/js/search.js</c> from the index under
/// <c>/search/</c>. The page carries the years and topics so that, without JavaScript, it can say where to browse.
/// </summary>
public static class SearchPage
{
    public const string Layout = "search";
    public const string Url = "/search/";

    public static PageRequest Create(SiteIndex index, ViewMapper views)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(views);
        PageModel model = views.Page(
            "Search",
            Url,
            $"Search every news item and event of {views.Settings.Title} by word, year, topic and event.",
            Layout,
            Breadcrumbs.Of(new Crumb("Search", Url))) with
        {
            Years = [.. index.Years.Select(y => new YearLink(y.Year, y.Url, y.Items.Length))],
            Topics = [.. index.Topics.Select(t => new TopicSummary(t.Name, t.Url, t.Description, t.Items.Length, $"{t.Url}feed.xml"))],
        };

        // A page of results has nothing for a crawler to index.
        return new PageRequest(Url, Layout, model, null) { InSitemap = false };
    }
}
