using System.Collections.Immutable;

namespace Annals.Web.Rendering;

/// <summary>
/// What a page tells link previews, feed readers and search engines in its head: the image a shared link shows
/// (the item's, else the theme's default, always absolute), the feeds that mirror the page, and its schema.org
/// structured data as JSON-LD (made safe to sit inside a script element: no '&lt;', '&gt;' or '&amp;' in it).
/// </summary>
public sealed record HeadView(
    string? ImageUrl,
    string? ImageAlt,
    int? ImageWidth,
    int? ImageHeight,
    ImmutableArray<FeedLink> Feeds,
    RawHtml? StructuredData);
