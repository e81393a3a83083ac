using Annals.Web.Images;
using NetVips;

namespace Annals.Web.Tests.Images;

/// <summary>
/// The codec converts to sRGB only what is not sRGB already (a colour profile, CMYK); a plain sRGB picture skips the
/// colour engine. Either way the result is an sRGB picture without a profile.
/// </summary>
public sealed class ColourConversionTests
{
    [Fact]
    public void A_picture_with_a_wide_gamut_profile_comes_out_as_srgb_without_the_profile()
    {
        byte[] source;
        using (NetVips.Image plain = NetVips.Image.NewFromBuffer(TestImages.Jpeg(64, 48)))
        using (NetVips.Image wide = plain.IccTransform("p3", embedded: false, inputProfile: "srgb"))
        {
            source = wide.JpegsaveBuffer(q: 90, keep: Enums.ForeignKeep.Icc);
        }

        Assert.True(HasProfile(source), "the test picture should carry its P3 profile");

        byte[] made = SkiaImageCodec.Instance.Encode(source, 64, ImageFormat.WebP);

        AssertSrgbWithoutProfile(made);

        // Read through its profile, the P3 picture is the sRGB original: without the conversion its P3 numbers would
        // be shown as sRGB, duller.
        Assert.InRange(MeanDifference(TestImages.Jpeg(64, 48), made), 0, 2.5);
    }

    [Theory]
    [InlineData(32)]
    [InlineData(64)]
    public void A_cmyk_picture_comes_out_as_srgb_resized_or_at_its_own_width(int width)
    {
        byte[] source;
        using (NetVips.Image plain = NetVips.Image.NewFromBuffer(TestImages.Jpeg(64, 48)))
        using (NetVips.Image cmyk = plain.IccTransform("cmyk", embedded: false, inputProfile: "srgb"))
        {
            source = cmyk.JpegsaveBuffer(q: 90, keep: Enums.ForeignKeep.None);
        }

        byte[] made = SkiaImageCodec.Instance.Encode(source, width, ImageFormat.Jpeg);

        AssertSrgbWithoutProfile(made);
    }

    [Fact]
    public void A_plain_srgb_picture_keeps_its_colours()
    {
        byte[] made = SkiaImageCodec.Instance.Encode(TestImages.Png(32, 24, seed: 3), 32, ImageFormat.Png);

        using NetVips.Image before = NetVips.Image.NewFromBuffer(TestImages.Png(32, 24, seed: 3));
        using NetVips.Image after = NetVips.Image.NewFromBuffer(made);
        AssertSrgbWithoutProfile(made);
        Assert.Equal(before.Avg(), after.Avg(), precision: 3);
    }

    private static double MeanDifference(byte[] expected, byte[] actual)
    {
        using NetVips.Image a = NetVips.Image.NewFromBuffer(expected);
        using NetVips.Image b = NetVips.Image.NewFromBuffer(actual);
        using NetVips.Image difference = (a - b).Abs();
        return difference.Avg();
    }

    private static bool HasProfile(byte[] bytes)
    {
        using NetVips.Image image = NetVips.Image.NewFromBuffer(bytes);
        return image.Contains("icc-profile-data");
    }

    private static void AssertSrgbWithoutProfile(byte[] bytes)
    {
        using NetVips.Image image = NetVips.Image.NewFromBuffer(bytes);
        Assert.Equal(3, image.Bands);
        Assert.Equal(Enums.Interpretation.Srgb, image.Interpretation);
        Assert.False(image.Contains("icc-profile-data"), "the profile should have been removed with the other metadata");
    }
}
