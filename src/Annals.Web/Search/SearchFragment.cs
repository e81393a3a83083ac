using System.Collections.Immutable;

namespace Annals.Web.Search;

/// <summary>
/// What a result shows, written at build time so the browser formats nothing: title, URL, the date for machines and
/// for readers (in the site's language), the kind (<c>Report</c>, <c>Statement</c>, ..., <c>Event</c>), topic slugs,
/// the event an item is about, and a short excerpt.
/// </summary>
public sealed record SearchFragment(
    string Title,
    string Url,
    string DateIso,
    string DateDisplay,
    string Kind,
    ImmutableArray<string> TopicSlugs,
    string? EventName,
    string Excerpt);
