using System.Collections.Immutable;
using System.Globalization;
using Annals.Web.Archives;
using Annals.Web.Content;
using Annals.Web.Pages;

namespace Annals.Web.Search;

/// <summary>
/// Turns the site index into the documents the search index holds: every published item and every event (the
/// site index never holds drafts unless the build asked for them), numbered by date, oldest first.
/// </summary>
public static class SearchDocuments
{
    public const string EventKind = "Event";

    /// <summary>Excerpts are cut here: a result shows a few lines, not a page.</summary>
    public const int ExcerptLength = 220;

    public static ImmutableArray<SearchDocument> From(SiteIndex index, SiteSettings settings)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(settings);
        var dates = new DateDisplay(settings.Language);
        var documents = new List<SearchDocument>(index.Items.Length + index.Events.Length);
        documents.AddRange(index.Items.Select(item => OfItem(item, index, dates)));
        documents.AddRange(index.Events.Select(entry => OfEvent(entry, index, dates)));
        documents.Sort(static (a, b) =>
        {
            int result = b.Date.CompareTo(a.Date);
            if (result == 0)
            {
                result = string.Compare(a.Fragment.Title, b.Fragment.Title, StringComparison.OrdinalIgnoreCase);
            }

            if (result == 0)
            {
                result = string.CompareOrdinal(a.Fragment.Title, b.Fragment.Title);
            }

            return result == 0 ? string.CompareOrdinal(a.Fragment.Url, b.Fragment.Url) : result;
        });

        // Numbered oldest first: a new item then takes the next number and leaves every older fragment chunk, and
        // its content-hashed name, as it was. The client breaks ties by the higher number, which is the newer.
        documents.Reverse();
        return [.. documents];
    }

    private static SearchDocument OfItem(PublishedItem published, SiteIndex index, DateDisplay dates)
    {
        NewsItem item = published.Item;
        EventInfo? info = item.EventId is { } id && index.EventsById.TryGetValue(id, out EventEntry? entry) ? entry.Event : null;
        string[] meta =
        [
            info?.Name ?? string.Empty,
            info?.Organizer ?? string.Empty,
            item.Location ?? info?.Location ?? string.Empty,
            .. item.Delegation.Select(d => d.Name),
            item.Year.ToString(CultureInfo.InvariantCulture),
        ];
        ImmutableArray<string> filters =
        [
            FilterTerms.Year(item.Year),
            .. item.Topics.Select(t => FilterTerms.Topic(t.Slug)),
            .. info is null ? [] : new[] { FilterTerms.Event(info.Id) },
        ];
        var fragment = new SearchFragment(
            item.Title,
            item.Url,
            Iso(item.Date.Day),
            dates.Day(item.Date.Day),
            ViewMapper.TypeName(item.Type),
            [.. item.Topics.Select(t => t.Slug)],
            info?.Name,
            Excerpt(string.IsNullOrWhiteSpace(item.Summary) ? published.Body.FirstParagraph : item.Summary));
        return new SearchDocument(
            item.Date.Day,
            [item.Title, TopicText(item.Topics, index), item.Summary ?? string.Empty, Join(meta), string.Empty],
            filters,
            fragment)
        {
            BodySource = published.Body,
        };
    }

    private static SearchDocument OfEvent(EventEntry entry, SiteIndex index, DateDisplay dates)
    {
        EventInfo info = entry.Event;
        string? series = info.Series is { } seriesId && index.SeriesById.TryGetValue(seriesId, out SeriesEntry? found) ? found.Name : null;
        string[] meta =
        [
            info.Organizer,
            info.Location ?? string.Empty,
            series ?? string.Empty,
            info.Edition?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            info.Start.Year.ToString(CultureInfo.InvariantCulture),
        ];
        ImmutableArray<string> filters =
        [
            FilterTerms.Year(info.Start.Year),
            .. info.Topics.Select(t => FilterTerms.Topic(t.Slug)),
            FilterTerms.Event(info.Id),
        ];
        string excerpt = !string.IsNullOrWhiteSpace(info.Theme) ? info.Theme : entry.Description?.FirstParagraph ?? string.Empty;
        var fragment = new SearchFragment(
            info.Name,
            info.Url,
            Iso(info.Start),
            dates.Range(info.Start, info.End),
            EventKind,
            [.. info.Topics.Select(t => t.Slug)],
            null,
            Excerpt(excerpt));
        return new SearchDocument(
            info.Start,
            [info.Name, TopicText(info.Topics, index), info.Theme ?? string.Empty, Join(meta), string.Empty],
            filters,
            fragment)
        {
            BodySource = entry.Description,
        };
    }

    /// <summary>The topics as written and, when topics.yml names them differently, by their display names too.</summary>
    private static string TopicText(ImmutableArray<TopicRef> topics, SiteIndex index) =>
        Join([.. topics.SelectMany(t =>
            index.TopicsBySlug.TryGetValue(t.Slug, out TopicEntry? entry) && !string.Equals(entry.Name, t.Name, StringComparison.Ordinal)
                ? new[] { t.Name, entry.Name }
                : [t.Name])]);

    /// <summary>Joined with a separator no word can cross, so the end of one name never runs into the next.</summary>
    private static string Join(IEnumerable<string> parts) => string.Join(" ; ", parts.Where(p => p.Length > 0));

    private static string Excerpt(string text)
    {
        string trimmed = text.Trim();
        if (trimmed.Length <= ExcerptLength)
        {
            return trimmed;
        }

        int cut = trimmed.LastIndexOf(' ', ExcerptLength - 1);
        if (cut <= ExcerptLength / 2)
        {
            // No space near the end (a script written without spaces): cut anywhere but inside a surrogate pair.
            cut = char.IsHighSurrogate(trimmed[ExcerptLength - 2]) ? ExcerptLength - 2 : ExcerptLength - 1;
        }

        return trimmed[..cut].TrimEnd(',', ';', ':', '.', ' ') + "…";
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
