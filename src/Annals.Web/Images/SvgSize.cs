using System.Globalization;
using System.Xml;

namespace Annals.Web.Images;

/// <summary>
/// The size an SVG declares on its root element (<c>width</c> and <c>height</c> in pixels, or else its
/// <c>viewBox</c>), so that it too gets width and height attributes. Only the root element is read; DTDs and
/// external entities are never resolved.
/// </summary>
public static class SvgSize
{
    public static ImageHeader? Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "svg")
            {
                return null;
            }

            double? width = Pixels(reader.GetAttribute("width"));
            double? height = Pixels(reader.GetAttribute("height"));
            if (width is > 0 && height is > 0)
            {
                return Header(width.Value, height.Value);
            }

            string[] box = (reader.GetAttribute("viewBox") ?? string.Empty).Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            return box.Length == 4 && Pixels(box[2]) is > 0 and var w && Pixels(box[3]) is > 0 and var h ? Header(w, h) : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static ImageHeader Header(double width, double height) =>
        new((int)Math.Max(1, Math.Round(width, MidpointRounding.AwayFromZero)), (int)Math.Max(1, Math.Round(height, MidpointRounding.AwayFromZero)));

    /// <summary>A plain number or a number of px; other units (%, em, cm) do not say how many pixels.</summary>
    private static double? Pixels(string? value)
    {
        string text = (value ?? string.Empty).Trim();
        if (text.EndsWith("px", StringComparison.Ordinal))
        {
            text = text[..^2];
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && double.IsFinite(number) && number < 100_000
            ? number
            : null;
    }
}
