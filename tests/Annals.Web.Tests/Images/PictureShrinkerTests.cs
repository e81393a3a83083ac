using Annals.Web.Images;
using NetVips;
using SkiaSharp;

namespace Annals.Web.Tests.Images;

/// <summary>
/// Shrinking keeps what the eye sees: fine detail averages out instead of turning into moiré, transparent pixels do not
/// tint their neighbours, and the proportions stay.
/// </summary>
public sealed class PictureShrinkerTests
{
    [Fact]
    public void Fine_stripes_shrunk_a_lot_become_an_even_grey_not_a_pattern()
    {
        // One-pixel black and white columns: sampling instead of averaging would give black, white or bands.
        using var stripes = new SKBitmap(new SKImageInfo(800, 200, SKColorType.Rgba8888, SKAlphaType.Opaque));
        for (int x = 0; x < stripes.Width; x++)
        {
            for (int y = 0; y < stripes.Height; y++)
            {
                stripes.SetPixel(x, y, x % 2 == 0 ? SKColors.Black : SKColors.White);
            }
        }

        // Not a whole ratio (8.9): the stripes fall differently under each pixel of the result.
        using SKBitmap shrunk = PictureShrinker.Shrink(stripes, 90);

        Assert.Equal((90, 23), (shrunk.Width, shrunk.Height));
        for (int x = 1; x < shrunk.Width - 1; x++)
        {
            Assert.InRange(shrunk.GetPixel(x, 12).Red, 110, 145);
        }
    }

    [Fact]
    public void The_height_follows_the_proportions_rounded()
    {
        using var picture = new SKBitmap(new SKImageInfo(1000, 333, SKColorType.Rgba8888, SKAlphaType.Opaque));

        using SKBitmap shrunk = PictureShrinker.Shrink(picture, 480);

        Assert.Equal((480, 160), (shrunk.Width, shrunk.Height));
    }

    [Fact]
    public void A_picture_not_wider_than_asked_is_returned_as_it_is()
    {
        using var picture = new SKBitmap(new SKImageInfo(300, 200, SKColorType.Rgba8888, SKAlphaType.Opaque));

        Assert.Same(picture, PictureShrinker.Shrink(picture, 300));
        Assert.Same(picture, PictureShrinker.Shrink(picture, 480));
    }

    [Fact]
    public void Transparent_pixels_do_not_tint_the_edge_of_what_is_visible()
    {
        // Left half opaque red; right half fully transparent but stored as green, as editors often leave it.
        byte[] source;
        using (NetVips.Image red = NetVips.Image.Black(200, 100, bands: 4) + new double[] { 255, 0, 0, 255 })
        using (NetVips.Image hiddenGreen = NetVips.Image.Black(200, 100, bands: 4) + new double[] { 0, 255, 0, 0 })
        using (NetVips.Image halves = red.Insert(hiddenGreen, 100, 0))
        using (NetVips.Image rgba = halves.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb))
        {
            source = rgba.PngsaveBuffer(keep: Enums.ForeignKeep.None);
        }

        byte[] made = SkiaImageCodec.Instance.Encode(source, 50, ImageFormat.Png);

        using NetVips.Image shrunk = NetVips.Image.NewFromBuffer(made);
        Assert.Equal((50, 25, 4), (shrunk.Width, shrunk.Height, shrunk.Bands));
        for (int x = 0; x < shrunk.Width; x++)
        {
            double[] pixel = shrunk.Getpoint(x, 12);
            if (pixel[3] > 8)
            {
                Assert.True(pixel[1] < 20, $"pixel {x} is tinted green: {string.Join(", ", pixel)}");
            }
        }
    }

    [Fact]
    public void A_grey_picture_stays_grey()
    {
        byte[] source;
        using (NetVips.Image colour = NetVips.Image.NewFromBuffer(TestImages.Jpeg(200, 100)))
        using (NetVips.Image grey = colour.Colourspace(Enums.Interpretation.Bw))
        {
            source = grey.JpegsaveBuffer(q: 90, keep: Enums.ForeignKeep.None);
        }

        byte[] made = SkiaImageCodec.Instance.Encode(source, 100, ImageFormat.Jpeg);

        using NetVips.Image shrunk = NetVips.Image.NewFromBuffer(made);
        Assert.Equal((100, 50, 1), (shrunk.Width, shrunk.Height, shrunk.Bands));
    }

    [Fact]
    public void A_large_jpeg_is_decoded_at_a_fraction_of_its_size_but_never_below_the_width_asked()
    {
        byte[] photo = TestImages.Jpeg(2400, 1600);
        using SKCodec codec = SKCodec.Create(SKData.CreateCopy(photo));

        using SKBitmap decoded = UprightPixels.Decode(codec, 480);

        Assert.InRange(decoded.Width, 480, 1200);
        Assert.Equal(decoded.Width * 2, decoded.Height * 3);
    }
}
