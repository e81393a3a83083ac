using System.Collections.Immutable;

namespace Annals.Web.Rendering;

/// <summary>A recurring conference on its own page, with every edition.</summary>
public sealed record SeriesView(string Name, string Url, string? Description, ImmutableArray<EventSummary> Editions)
{
    /// <summary>The Atom feed of the reports on every edition (<c>/series/ID/feed.xml</c>); null when there is none.</summary>
    public string? FeedUrl { get; init; }
}
