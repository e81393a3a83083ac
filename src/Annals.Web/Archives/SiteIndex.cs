using System.Collections.Immutable;
using Annals.Web.Pages;

namespace Annals.Web.Archives;

/// <summary>
/// Every list of the archive, computed once from the published items and events: by year and month, by
/// topic, by event and by series. Page builders read from here; nobody re-scans all items per page.
/// </summary>
public sealed record SiteIndex(
    ImmutableArray<PublishedItem> Items,
    ImmutableArray<YearEntry> Years,
    ImmutableArray<TopicEntry> Topics,
    ImmutableArray<EventEntry> Events,
    ImmutableArray<SeriesEntry> Series)
{
    public ImmutableDictionary<string, EventEntry> EventsById { get; } =
        Events.ToImmutableDictionary(e => e.Event.Id, StringComparer.Ordinal);

    public ImmutableDictionary<string, SeriesEntry> SeriesById { get; } =
        Series.ToImmutableDictionary(s => s.Id, StringComparer.Ordinal);

    public ImmutableDictionary<string, TopicEntry> TopicsBySlug { get; } =
        Topics.ToImmutableDictionary(t => t.Slug, StringComparer.Ordinal);
}
