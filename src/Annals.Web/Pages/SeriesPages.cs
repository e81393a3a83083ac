using Annals.Web.Archives;
using Annals.Web.Rendering;

namespace Annals.Web.Pages;

/// <summary><c>/series/ID/</c>: every edition of a recurring conference, in order.</summary>
public static class SeriesPages
{
    public const string Layout = "series";

    public static IEnumerable<PageRequest> Create(SiteIndex index, ViewMapper views)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(views);
        foreach (SeriesEntry series in index.Series)
        {
            string description = series.Description ?? $"Every edition of {series.Name} in {views.Settings.Title}.";
            UInt128? stamp = views.Stamps is { } stamps ? stamps.Of(Layout + ":" + series.Id, [.. series.Editions.Select(stamps.Event)]) : null;
            yield return new PageRequest(
                series.Url,
                Layout,
                () => views.Page(series.Name, series.Url, ViewMapper.Shorten(description), Layout, Breadcrumbs.Of(new Crumb("Events", "/events/"), new Crumb(series.Name, series.Url))) with
                {
                    Series = views.Series(series),
                },
                null,
                stamp);
        }
    }
}
