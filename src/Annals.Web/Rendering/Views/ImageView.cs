namespace Annals.Web.Rendering;

/// <summary>
/// The lead image of an item. For an image of this site, <see cref="Url"/> is a resized fallback in its own format,
/// <see cref="WebpSrcset"/> lists its WebP widths (for a <c>&lt;source type="image/webp"&gt;</c>), and width and
/// height are its size as shown; for an external, GIF or SVG image those may be null and the URL is the file's own.
/// </summary>
public sealed record ImageView(string Url, string Alt, string? Caption, string? Credit, int? Width = null, int? Height = null, string? WebpSrcset = null);
