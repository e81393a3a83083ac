using System.Collections.Immutable;

namespace Annals.Web.Feeds;

/// <summary>One entry of a feed, with absolute URLs and the date as written (its own offset kept).</summary>
public sealed record FeedEntry(
    string Title,
    string AbsoluteUrl,
    DateTimeOffset Published,
    string Summary,
    string ContentHtml,
    ImmutableArray<string> Categories,
    ImmutableArray<string> Authors)
{
    /// <summary>The absolute URL of the item's own image, if it has one.</summary>
    public string? ImageUrl { get; init; }
}
