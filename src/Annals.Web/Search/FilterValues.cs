using System.Collections.Immutable;
using Annals.Web.Archives;

namespace Annals.Web.Search;

/// <summary>
/// The values readers can filter by, each with the number of documents it keeps: years newest first, topics by
/// name, events newest first. Counts come from the filter terms' posting lists, so they are what a filter returns.
/// </summary>
internal sealed record FilterValues(
    ImmutableArray<FilterValues.YearValue> Years,
    ImmutableArray<FilterValues.TopicValue> Topics,
    ImmutableArray<FilterValues.EventValue> Events)
{
    public static FilterValues From(SiteIndex site, InvertedIndex index)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(index);
        int CountOf(string term) => index.Find(term)?.Count ?? 0;

        ImmutableArray<YearValue> years = [.. index.Terms
            .Where(t => t.StartsWith("#y:", StringComparison.Ordinal))
            .Select(t => int.Parse(t.AsSpan(3), System.Globalization.CultureInfo.InvariantCulture))
            .OrderDescending()
            .Select(y => new YearValue(y, CountOf(FilterTerms.Year(y))))];

        // Topic pages exist only for topics of items; an event can bring a topic of its own, named as written.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (TopicEntry topic in site.Topics)
        {
            names.TryAdd(topic.Slug, topic.Name);
        }

        foreach (var topic in site.Events.SelectMany(e => e.Event.Topics))
        {
            names.TryAdd(topic.Slug, topic.Name);
        }

        ImmutableArray<TopicValue> topics = [.. names
            .Select(n => new TopicValue(n.Key, n.Value, CountOf(FilterTerms.Topic(n.Key))))
            .Where(t => t.Count > 0)
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Slug, StringComparer.Ordinal)];

        ImmutableArray<EventValue> events = [.. site.Events
            .Select(e => new EventValue(e.Event.Id, e.Event.Name, e.Event.Start.Year, CountOf(FilterTerms.Event(e.Event.Id))))];
        return new FilterValues(years, topics, events);
    }

    public sealed record YearValue(int Year, int Count);

    public sealed record TopicValue(string Slug, string Name, int Count);

    public sealed record EventValue(string Id, string Name, int Year, int Count);
}
