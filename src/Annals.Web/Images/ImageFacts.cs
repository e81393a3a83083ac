namespace Annals.Web.Images;

/// <summary>What a build needs to know of an image file to write its markup: what it really is and how large.</summary>
/// <param name="Format">The format its bytes are in (for SVG: its name says so).</param>
/// <param name="Header">Its size as shown, or null for an SVG that does not say.</param>
public sealed record ImageFacts(ImageFormat Format, ImageHeader? Header)
{
    /// <summary>Resized into several widths, or passed through as it is (GIF, SVG, animated WebP).</summary>
    public bool IsResized => ImageFormats.IsResizable(Format) && Header is { Frames: 1 };

    /// <summary>One line of text for the cache: <c>jpeg 1600 900 1</c>.</summary>
    public string ToLine() => Header is { } h
        ? FormattableString.Invariant($"{ImageFormats.Extension(Format)} {h.Width} {h.Height} {h.Frames}")
        : ImageFormats.Extension(Format);

    public static ImageFacts? FromLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        string[] parts = line.Trim().Split(' ');
        ImageFormat? format = ImageFormats.FromFileName("x." + parts[0]);
        if (format is null)
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return new ImageFacts(format.Value, null);
        }

        return parts.Length == 4 && Positive(parts[1]) is { } width && Positive(parts[2]) is { } height && Positive(parts[3]) is { } frames
            ? new ImageFacts(format.Value, new ImageHeader(width, height, frames))
            : null;
    }

    private static int? Positive(string text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int value) && value > 0 ? value : null;
}
