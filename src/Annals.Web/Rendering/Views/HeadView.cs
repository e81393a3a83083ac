using System.Collections.Immutable;

namespace Annals.Web.Rendering;

/// <summary>
/// What a page tells link previews, feed readers and search engines in its head: the image a shared link shows
/// (the item's, else the theme's default, always absolute), the feeds that mirror the page, and its schema.org
/// structured data as JSON-LD (made safe to sit inside a script element: no '&lt;', '&gt;' or '&amp;' in it).
/// </summary>
/// <param name="StructuredDataHash">
/// The CSP source that names the JSON-LD block by its SHA-256 (<c>'sha256-…'</c>), or null. Browsers never run a
/// data block, but strict checkers treat it as an inline script; naming its hash allows exactly that text.
/// </param>
public sealed record HeadView(
    string? ImageUrl,
    string? ImageAlt,
    int? ImageWidth,
    int? ImageHeight,
    ImmutableArray<FeedLink> Feeds,
    RawHtml? StructuredData,
    string? StructuredDataHash)
{
    /// <summary>The <see cref="StructuredDataHash"/> of a JSON-LD text in UTF-8: made once per page, not each time a template reads it.</summary>
    public static string HashOf(ReadOnlySpan<byte> structuredData) =>
        $"'sha256-{Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(structuredData))}'";
}
