using System.Collections.Immutable;

namespace Annals.Web.Images;

/// <summary>
/// What a page needs to show an image well: the <c>src</c> for every browser, the WebP widths for a
/// <c>&lt;source srcset&gt;</c>, and the size for width and height attributes (so nothing moves while it loads).
/// An image that is passed through (GIF, SVG) has no variants and its own URL as <see cref="Src"/>.
/// </summary>
/// <param name="Src">The fallback: the original format at about 800 pixels, or the original file when passed through.</param>
/// <param name="Width">The image's width as shown, when known.</param>
/// <param name="Height">Its height, when known.</param>
/// <param name="WebpSrcset">e.g. <c>/_img/a-480.1c2d.webp 480w, /_img/a-800.9e8f.webp 800w</c>; null when passed through.</param>
/// <param name="Variants">The files to make, WebP widths first.</param>
public sealed record ResponsiveImage(string Src, int? Width, int? Height, string? WebpSrcset, ImmutableArray<ImageVariant> Variants)
{
    /// <summary>
    /// The <c>sizes</c> of an image in the reading column: the full column (44rem, see <c>--measure</c> in
    /// site.css) on wide screens, the screen less its 1rem margins on narrow ones.
    /// </summary>
    public const string ColumnSizes = "(min-width: 46rem) 44rem, calc(100vw - 2rem)";
}
