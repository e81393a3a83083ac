using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using Annals.Pipeline.Diagnostics;
using Annals.Web.Content;
using Annals.Web.Markdown;
using Annals.Web.Pages;

namespace Annals.Web.Archives;

/// <summary>Computes the <see cref="SiteIndex"/> once per build and reports broken references between items and events.</summary>
public static class SiteIndexBuilder
{
    /// <param name="items">Published items, newest first.</param>
    /// <param name="eventFiles">Events read from input/events, with their rendered descriptions.</param>
    /// <param name="topicsFile">Names and descriptions from topics.yml.</param>
    /// <param name="seriesFile">Names and descriptions from series.yml.</param>
    /// <param name="sink">Where broken references are reported.</param>
    public static SiteIndex Build(
        IReadOnlyList<PublishedItem> items,
        IReadOnlyList<(EventInfo Event, RenderedMarkdown Description)> eventFiles,
        ImmutableArray<TopicInfo> topicsFile,
        ImmutableArray<SeriesInfo> seriesFile,
        IDiagnosticSink sink)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(sink);
        // Every later pipeline waits for this step. The year, topic and event lists share nothing but the items, so
        // they are built side by side (at 100,000 items the step took 1.0 s on one core, now 0.7 s).
        ImmutableArray<YearEntry> years = [];
        ImmutableArray<TopicEntry> topics = [];
        ImmutableArray<EventEntry> eventEntries = [];
        try
        {
            Parallel.Invoke(
                () => years = Years(items),
                () => topics = Topics(items, topicsFile),
                () => eventEntries = Events(items, eventFiles, sink));
        }
        catch (AggregateException failure)
        {
            // A failure surfaces as it would have without the parallel steps, not wrapped.
            ExceptionDispatchInfo.Throw(failure.InnerExceptions[0]);
        }

        return new SiteIndex([.. items], years, topics, eventEntries, Series(eventEntries, seriesFile));
    }

    private static ImmutableArray<EventEntry> Events(
        IReadOnlyList<PublishedItem> items,
        IReadOnlyList<(EventInfo Event, RenderedMarkdown Description)> eventFiles,
        IDiagnosticSink sink)
    {
        var events = EventMerger.Merge(eventFiles, items, sink);
        ReportUnknownEvents(items, events, sink);

        // One pass over the items instead of one per event: at 10,000 items and 1,250 events the nested scan cost
        // half a second of every build (and of every preview rebuild).
        ILookup<string, PublishedItem> reports = items.Where(p => p.Item.EventId is not null).ToLookup(p => p.Item.EventId!, StringComparer.Ordinal);
        return [.. events.Values
            .Select(e => new EventEntry(e.Event, e.Description, [.. reports[e.Event.Id]]))
            .OrderByDescending(e => e.Event.Start)
            .ThenBy(e => e.Event.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.Event.Id, StringComparer.Ordinal)];
    }

    private static void ReportUnknownEvents(
        IReadOnlyList<PublishedItem> items,
        Dictionary<string, (EventInfo Event, RenderedMarkdown? Description)> events,
        IDiagnosticSink sink)
    {
        foreach (NewsItem item in items.Select(p => p.Item))
        {
            if (item.EventId is { } id && !events.ContainsKey(id))
            {
                string? closest = KeySuggester.Suggest(id, events.Keys.Order(StringComparer.Ordinal));
                string hint = closest is null ? string.Empty : $" Did you mean '{closest}'?";
                sink.Report(Diagnostic.Error(
                    ArchiveCodes.UnknownEvent,
                    $"there is no event '{id}': create input/events/{id}.md, or write the id of an existing event.{hint}",
                    new SourceLocation(item.SourcePath, item.Lines["event"])));
            }
        }
    }

    private static ImmutableArray<YearEntry> Years(IReadOnlyList<PublishedItem> items) =>
        [.. items.GroupBy(p => p.Item.Year)
            .OrderByDescending(g => g.Key)
            .Select(year => new YearEntry(
                year.Key,
                [.. year],
                [.. year.GroupBy(p => p.Item.Date.Day.Month).OrderByDescending(m => m.Key).Select(m => new MonthEntry(m.Key, [.. m]))]))];

    private static ImmutableArray<TopicEntry> Topics(IReadOnlyList<PublishedItem> items, ImmutableArray<TopicInfo> topicsFile)
    {
        var described = topicsFile.IsDefault ? [] : topicsFile.ToDictionary(t => t.Slug, StringComparer.Ordinal);

        // The display name is the first spelling met, reading files in path order, unless topics.yml names it: the
        // spelling of the first path that has the topic, found without sorting every item by its path.
        var firstSpelling = new Dictionary<string, (string Path, string Name)>(StringComparer.Ordinal);
        foreach (NewsItem item in items.Select(p => p.Item))
        {
            foreach (TopicRef topic in item.Topics)
            {
                if (!firstSpelling.TryGetValue(topic.Slug, out var first) || string.CompareOrdinal(item.SourcePath, first.Path) < 0)
                {
                    firstSpelling[topic.Slug] = (item.SourcePath, topic.Name);
                }
            }
        }

        // One pass over the items, which are newest first, so each topic's list keeps that order.
        var itemsBySlug = new Dictionary<string, ImmutableArray<PublishedItem>.Builder>(StringComparer.Ordinal);
        foreach (PublishedItem published in items)
        {
            foreach (TopicRef topic in published.Item.Topics)
            {
                if (!itemsBySlug.TryGetValue(topic.Slug, out ImmutableArray<PublishedItem>.Builder? list))
                {
                    itemsBySlug[topic.Slug] = list = ImmutableArray.CreateBuilder<PublishedItem>();
                }

                list.Add(published);
            }
        }

        return [.. firstSpelling.Keys
            .Select(slug => new TopicEntry(
                slug,
                described.TryGetValue(slug, out TopicInfo? info) && !string.IsNullOrWhiteSpace(info.Name) ? info.Name : firstSpelling[slug].Name,
                described.GetValueOrDefault(slug)?.Description,
                itemsBySlug[slug].ToImmutable()))
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Slug, StringComparer.Ordinal)];
    }

    private static ImmutableArray<SeriesEntry> Series(ImmutableArray<EventEntry> events, ImmutableArray<SeriesInfo> seriesFile)
    {
        var described = seriesFile.IsDefault ? [] : seriesFile.ToDictionary(s => s.Id, StringComparer.Ordinal);
        return [.. events
            .Where(e => e.Event.Series is not null)
            .GroupBy(e => e.Event.Series!, StringComparer.Ordinal)
            .Select(group =>
            {
                ImmutableArray<EventEntry> editions = [.. group.OrderBy(e => e.Event.Start).ThenBy(e => e.Event.Id, StringComparer.Ordinal)];
                SeriesInfo? info = described.GetValueOrDefault(group.Key);
                string name = info?.Name is { Length: > 0 } given ? given : editions[^1].Event.Name;
                return new SeriesEntry(group.Key, name, info?.Description, editions);
            })
            .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.Id, StringComparer.Ordinal)];
    }
}
