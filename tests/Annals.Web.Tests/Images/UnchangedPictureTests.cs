using Annals.Web.Images;
using NetVips;

namespace Annals.Web.Tests.Images;

/// <summary>
/// A picture asked for at its own size skips the resize; in its own format and without metadata it is published as the
/// file itself. Everything the resize path guaranteed still holds: metadata goes, turned photos come out upright and a
/// damaged file is refused.
/// </summary>
public sealed class UnchangedPictureTests
{
    [Fact]
    public void A_plain_picture_at_its_own_width_is_its_own_fallback_beside_a_webp_of_the_same_pixels()
    {
        byte[] source = Plain(TestImages.Png(32, 24, seed: 5));

        IReadOnlyList<byte[]> made = SkiaImageCodec.Instance.Encode(source, 32, [ImageFormat.WebP, ImageFormat.Png]);

        Assert.Equal(source, made[1]);
        Assert.Equal((32, 24, "webpload_buffer"), TestImages.Measure(made[0]));
        Assert.InRange(MeanDifference(source, made[0]), 0, 2.5);
    }

    [Fact]
    public void A_picture_with_camera_data_is_saved_again_without_it()
    {
        byte[] source;
        using (NetVips.Image plain = NetVips.Image.NewFromBuffer(TestImages.Jpeg(40, 30)))
        using (NetVips.Image tagged = plain.Mutate(m => m.Set(GValue.GStrType, "exif-ifd0-Artist", "A. Photographer")))
        {
            source = tagged.JpegsaveBuffer(q: 90);
        }

        Assert.Contains("exif-ifd0-Artist", Fields(source));

        IReadOnlyList<byte[]> made = SkiaImageCodec.Instance.Encode(source, 40, [ImageFormat.WebP, ImageFormat.Jpeg]);

        Assert.NotEqual(source, made[1]);
        Assert.All(made, bytes => Assert.DoesNotContain(Fields(bytes), field => field.StartsWith("exif", StringComparison.Ordinal)));
        Assert.Equal((40, 30, "jpegload_buffer"), TestImages.Measure(made[1]));
    }

    [Fact]
    public void A_photo_taken_upside_down_is_turned_even_at_its_own_width()
    {
        // Dark on the left, light on the right, stored with "turn it half round before showing" (EXIF orientation 3).
        byte[] source;
        using (NetVips.Image across = NetVips.Image.Xyz(30, 30)[0])
        using (NetVips.Image halves = (across > 14).Copy(interpretation: Enums.Interpretation.Bw))
        using (NetVips.Image rgb = halves.Colourspace(Enums.Interpretation.Srgb))
        using (NetVips.Image turned = rgb.Mutate(m => m.Set(GValue.GIntType, "orientation", 3)))
        {
            source = turned.JpegsaveBuffer(q: 95);
        }

        byte[] made = SkiaImageCodec.Instance.Encode(source, 30, ImageFormat.Jpeg);

        using NetVips.Image shown = NetVips.Image.NewFromBuffer(made);
        Assert.True(shown.Getpoint(3, 15)[0] > 200, "after the half turn the left side should be the light one");
        Assert.True(shown.Getpoint(26, 15)[0] < 50, "after the half turn the right side should be the dark one");
    }

    [Fact]
    public void A_damaged_picture_is_refused_even_when_it_would_be_its_own_fallback()
    {
        byte[] whole = Plain(TestImages.Png(64, 48, seed: 2));
        byte[] cut = whole[..(whole.Length * 2 / 3)];

        Assert.Throws<ImageCodecException>(() => SkiaImageCodec.Instance.Encode(cut, 64, [ImageFormat.WebP, ImageFormat.Png]));
    }

    [Fact]
    public void A_plain_webp_asked_for_only_as_itself_is_the_file_itself_but_is_still_read_through()
    {
        byte[] whole = Plain(TestImages.WebP(64, 48, seed: 4));

        Assert.Equal(whole, SkiaImageCodec.Instance.Encode(whole, 64, ImageFormat.WebP));
        Assert.Throws<ImageCodecException>(() => SkiaImageCodec.Instance.Encode(whole[..(whole.Length / 2)], 64, ImageFormat.WebP));
    }

    /// <summary>The same picture saved without the EXIF block libvips writes by default.</summary>
    private static byte[] Plain(byte[] bytes)
    {
        using NetVips.Image image = NetVips.Image.NewFromBuffer(bytes);
        return TestImages.Measure(bytes).Loader switch
        {
            "pngload_buffer" => image.PngsaveBuffer(keep: Enums.ForeignKeep.None),
            _ => image.WebpsaveBuffer(q: 90, keep: Enums.ForeignKeep.None),
        };
    }

    private static string[] Fields(byte[] bytes)
    {
        using NetVips.Image image = NetVips.Image.NewFromBuffer(bytes);
        return image.GetFields();
    }

    private static double MeanDifference(byte[] expected, byte[] actual)
    {
        using NetVips.Image a = NetVips.Image.NewFromBuffer(expected);
        using NetVips.Image b = NetVips.Image.NewFromBuffer(actual);
        using NetVips.Image difference = (a - b).Abs();
        return difference.Avg();
    }
}
