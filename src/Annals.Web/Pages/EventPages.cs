using System.Collections.Immutable;
using Annals.Web.Archives;
using Annals.Web.Rendering;

namespace Annals.Web.Pages;

/// <summary><c>/events/</c> (every event, newest first, grouped by year) and <c>/events/ID/</c> (one event and its reports).</summary>
public static class EventPages
{
    public const string IndexLayout = "events";
    public const string EventLayout = "event";

    public static IEnumerable<PageRequest> Create(SiteIndex index, ViewMapper views)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(views);
        var eventsCrumb = new Crumb("Events", "/events/");
        ImmutableArray<EventGroup> groups = [.. index.Events
            .GroupBy(e => e.Event.Start.Year)
            .OrderByDescending(g => g.Key)
            .Select(g => new EventGroup(g.Key, [.. g.Select(views.EventSummary)]))];
        yield return new PageRequest(
            "/events/",
            IndexLayout,
            views.Page("Events", "/events/", $"Every conference and meeting reported in {views.Settings.Title}, newest first.", IndexLayout, Breadcrumbs.Of(eventsCrumb)) with
            {
                EventGroups = groups,
            },
            null);

        foreach (EventEntry entry in index.Events)
        {
            SeriesEntry? series = entry.Event.Series is { } id ? index.SeriesById.GetValueOrDefault(id) : null;
            UInt128? stamp = views.Stamps is { } stamps ? stamps.Of(EventLayout, stamps.Event(entry)) : null;
            yield return new PageRequest(entry.Event.Url, EventLayout, () => Model(entry, series, views, eventsCrumb), entry.Event.SourcePath, stamp)
            {
                LastModified = HomePages.Newest(entry.Reports),
            };
        }
    }

    private static PageModel Model(EventEntry entry, SeriesEntry? series, ViewMapper views, Crumb eventsCrumb)
    {
        EventView view = views.Event(entry, series);
        string description = entry.Description is { FirstParagraph.Length: > 0 } rendered
            ? rendered.FirstParagraph
            : $"{view.Name}, {view.Dates}{(view.Location is null ? string.Empty : ", " + view.Location)}.";
        return views.Page(entry.Event.Name, entry.Event.Url, ViewMapper.Shorten(description), EventLayout, Breadcrumbs.Of(eventsCrumb, new Crumb(entry.Event.Name, entry.Event.Url))) with
        {
            Event = view,
        };
    }
}
