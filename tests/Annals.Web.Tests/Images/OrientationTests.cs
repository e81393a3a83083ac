using Annals.Web.Images;
using NetVips;

namespace Annals.Web.Tests.Images;

/// <summary>
/// Each of the eight EXIF orientations comes out the way a photo viewer shows it. The stored picture has a red mark
/// in its top left corner and a blue one in its top right; where they end up follows from the EXIF standard ("row 0
/// is the visual right side, column 0 the visual top", and so on), not from the code's own formulas.
/// </summary>
public sealed class OrientationTests
{
    private const int StoredWidth = 48;
    private const int StoredHeight = 32;

    [Theory]
    [InlineData(1, "top left", "top right")]
    [InlineData(2, "top right", "top left")]
    [InlineData(3, "bottom right", "bottom left")]
    [InlineData(4, "bottom left", "bottom right")]
    [InlineData(5, "top left", "bottom left")]
    [InlineData(6, "top right", "bottom right")]
    [InlineData(7, "bottom right", "top right")]
    [InlineData(8, "bottom left", "top left")]
    public void The_stored_corners_are_shown_where_the_orientation_puts_them(int orientation, string red, string blue)
    {
        byte[] source = Marked(orientation);
        bool turned = orientation >= 5;

        ImageHeader header = SkiaImageCodec.Instance.ReadHeader(source);
        byte[] made = SkiaImageCodec.Instance.Encode(source, header.Width, ImageFormat.Png);

        Assert.Equal(turned ? (StoredHeight, StoredWidth) : (StoredWidth, StoredHeight), (header.Width, header.Height));
        using NetVips.Image shown = NetVips.Image.NewFromBuffer(made);
        Assert.Equal((header.Width, header.Height), (shown.Width, shown.Height));
        Assert.Equal("red", ColourAt(shown, red));
        Assert.Equal("blue", ColourAt(shown, blue));
    }

    /// <summary>A grey JPEG with a red square at the stored top left and a blue one at the stored top right.</summary>
    private static byte[] Marked(int orientation)
    {
        using NetVips.Image grey = NetVips.Image.Black(StoredWidth, StoredHeight, bands: 3) + 128;
        using NetVips.Image red = NetVips.Image.Black(12, 12, bands: 3) + new double[] { 255, 0, 0 };
        using NetVips.Image blue = NetVips.Image.Black(12, 12, bands: 3) + new double[] { 0, 0, 255 };
        using NetVips.Image withRed = grey.Insert(red, 0, 0);
        using NetVips.Image withBlue = withRed.Insert(blue, StoredWidth - 12, 0);
        using NetVips.Image bytes = withBlue.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        using NetVips.Image tagged = bytes.Mutate(m => m.Set(GValue.GIntType, "orientation", orientation));
        return tagged.JpegsaveBuffer(q: 95);
    }

    private static string ColourAt(NetVips.Image shown, string corner)
    {
        int x = corner.EndsWith("left", StringComparison.Ordinal) ? 4 : shown.Width - 5;
        int y = corner.StartsWith("top", StringComparison.Ordinal) ? 4 : shown.Height - 5;
        double[] pixel = shown.Getpoint(x, y);
        return pixel switch
        {
            [> 200, < 60, < 60, ..] => "red",
            [< 60, < 60, > 200, ..] => "blue",
            _ => $"neither ({string.Join(", ", pixel)}) at {corner}",
        };
    }
}
