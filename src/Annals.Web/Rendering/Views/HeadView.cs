using System.Collections.Immutable;
using System.Security.Cryptography;

namespace Annals.Web.Rendering;

/// <summary>
/// What a page tells link previews, feed readers and search engines in its head: the image a shared link shows
/// (the item's, else the theme's default, always absolute), the feeds that mirror the page, and its schema.org
/// structured data as JSON-LD (made safe to sit inside a script element: no '&lt;', '&gt;' or '&amp;' in it).
/// </summary>
/// <remarks>
/// <see cref="StructuredDataHash"/> is derived from the JSON-LD once, when the view is made, so the two cannot
/// disagree and the base layout's two reads of the hash cost nothing.
/// </remarks>
public sealed record HeadView
{
    /// <param name="imageUrl">The absolute URL of the image a shared link shows, or null.</param>
    /// <param name="imageAlt">Its text alternative.</param>
    /// <param name="imageWidth">Its width in pixels, when known.</param>
    /// <param name="imageHeight">Its height in pixels, when known.</param>
    /// <param name="feeds">The feeds that mirror the page.</param>
    /// <param name="structuredData">The JSON-LD in UTF-8, or null.</param>
    public HeadView(string? imageUrl, string? imageAlt, int? imageWidth, int? imageHeight, ImmutableArray<FeedLink> feeds, byte[]? structuredData)
    {
        ImageUrl = imageUrl;
        ImageAlt = imageAlt;
        ImageWidth = imageWidth;
        ImageHeight = imageHeight;
        Feeds = feeds;
        if (structuredData is not null)
        {
            StructuredData = RawHtml.FromUtf8(structuredData);
            StructuredDataHash = $"'sha256-{Convert.ToBase64String(SHA256.HashData(structuredData))}'";
        }
    }

    public string? ImageUrl { get; }

    public string? ImageAlt { get; }

    public int? ImageWidth { get; }

    public int? ImageHeight { get; }

    public ImmutableArray<FeedLink> Feeds { get; }

    /// <summary>The JSON-LD block's text, or null when the page has nothing to describe.</summary>
    public RawHtml? StructuredData { get; }

    /// <summary>
    /// The CSP source that names the JSON-LD block by its SHA-256 (<c>'sha256-…'</c>), or null. Browsers never run a
    /// data block, but strict checkers treat it as an inline script; naming its hash allows exactly that text.
    /// </summary>
    public string? StructuredDataHash { get; }

}
