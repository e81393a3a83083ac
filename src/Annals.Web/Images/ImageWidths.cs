using System.Collections.Immutable;

namespace Annals.Web.Images;

/// <summary>
/// Which widths an image is made in. A few fixed widths cover phones (480), the reading column (44rem, about
/// 700 px, so 800) and its double for sharp screens (1200, 1600). An image is never enlarged: a narrower original
/// stops the list at its own width (and a fixed width within 10% of it is left out as nearly the same).
/// </summary>
public static class ImageWidths
{
    public static readonly ImmutableArray<int> Standard = [480, 800, 1200, 1600];

    /// <summary>The one width made in the original format for browsers without WebP (a handful, all old).</summary>
    public const int Fallback = 800;

    /// <summary>The widths to make of an image <paramref name="originalWidth"/> pixels wide, narrowest first.</summary>
    public static ImmutableArray<int> For(int originalWidth)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(originalWidth);
        var widths = ImmutableArray.CreateBuilder<int>();
        if (originalWidth > Standard[^1])
        {
            return Standard;
        }

        widths.AddRange(Standard.Where(width => width * 10 < originalWidth * 9));
        widths.Add(originalWidth);

        return widths.ToImmutable();
    }

    public static int FallbackFor(int originalWidth) => Math.Min(Fallback, originalWidth);
}
