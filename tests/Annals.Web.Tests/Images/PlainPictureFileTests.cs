using Annals.Web.Images;
using NetVips;

namespace Annals.Web.Tests.Images;

/// <summary>
/// A file is published as it is only when its own structure holds nothing but pixels: each kind of metadata a camera,
/// a phone or an editor writes makes it "not plain", in each of the three formats.
/// </summary>
public sealed class PlainPictureFileTests
{
    [Theory]
    [InlineData(ImageFormat.Jpeg)]
    [InlineData(ImageFormat.Png)]
    [InlineData(ImageFormat.WebP)]
    public void A_file_saved_without_metadata_is_plain(ImageFormat format)
    {
        Assert.True(PlainPictureFile.IsPlain(Save(format, Enums.ForeignKeep.None), format));
    }

    [Theory]
    [InlineData(ImageFormat.Jpeg)]
    [InlineData(ImageFormat.WebP)]
    public void Camera_data_is_metadata(ImageFormat format)
    {
        byte[] tagged = Save(format, Enums.ForeignKeep.Exif, image => image.Mutate(m => m.Set(GValue.GStrType, "exif-ifd0-Artist", "A. Photographer")));

        Assert.False(PlainPictureFile.IsPlain(tagged, format));
    }

    [Theory]
    [InlineData(ImageFormat.Jpeg)]
    [InlineData(ImageFormat.Png)]
    [InlineData(ImageFormat.WebP)]
    public void A_colour_profile_is_metadata(ImageFormat format)
    {
        byte[] profiled = Save(format, Enums.ForeignKeep.Icc, image => image.IccTransform("p3", embedded: false, inputProfile: "srgb"));

        Assert.False(PlainPictureFile.IsPlain(profiled, format));
    }

    [Fact]
    public void A_png_text_chunk_is_metadata()
    {
        byte[] titled = Save(ImageFormat.Png, Enums.ForeignKeep.Other, image => image.Mutate(m => m.Set(GValue.GStrType, "png-comment-0-Title", "Hall")));

        Assert.False(PlainPictureFile.IsPlain(titled, ImageFormat.Png));
    }

    [Theory]
    [InlineData("tEXt")]
    [InlineData("iTXt")]
    [InlineData("eXIf")]
    [InlineData("tIME")]
    [InlineData("zzZz")]
    public void Any_png_chunk_beyond_the_pixels_and_how_they_are_shown_is_metadata(string chunkType)
    {
        byte[] plain = Save(ImageFormat.Png, Enums.ForeignKeep.None);
        int afterHeader = 8 + 12 + 13;
        byte[] chunk = [0, 0, 0, 1, .. System.Text.Encoding.ASCII.GetBytes(chunkType), (byte)'x', 0, 0, 0, 0];
        byte[] withChunk = [.. plain[..afterHeader], .. chunk, .. plain[afterHeader..]];

        Assert.True(PlainPictureFile.IsPlain(plain, ImageFormat.Png));
        Assert.False(PlainPictureFile.IsPlain(withChunk, ImageFormat.Png));
    }

    [Fact]
    public void A_jpeg_comment_is_metadata()
    {
        byte[] plain = Save(ImageFormat.Jpeg, Enums.ForeignKeep.None);
        byte[] comment = [0xFF, 0xFE, 0x00, 0x06, (byte)'H', (byte)'a', (byte)'l', (byte)'l'];
        byte[] commented = [.. plain[..2], .. comment, .. plain[2..]];

        Assert.False(PlainPictureFile.IsPlain(commented, ImageFormat.Jpeg));
    }

    [Fact]
    public void A_cmyk_jpeg_is_not_plain_as_browsers_show_it_differently()
    {
        using NetVips.Image colour = NetVips.Image.NewFromBuffer(TestImages.Jpeg(40, 30));
        using NetVips.Image cmyk = colour.IccTransform("cmyk", embedded: false, inputProfile: "srgb");
        byte[] saved = cmyk.JpegsaveBuffer(q: 90, keep: Enums.ForeignKeep.None);

        Assert.False(PlainPictureFile.IsPlain(saved, ImageFormat.Jpeg));
    }

    [Theory]
    [InlineData(ImageFormat.Jpeg)]
    [InlineData(ImageFormat.Png)]
    public void A_file_cut_short_before_its_pixels_is_not_plain(ImageFormat format)
    {
        byte[] whole = Save(format, Enums.ForeignKeep.None);

        Assert.False(PlainPictureFile.IsPlain(whole.AsSpan(0, 20), format));
    }

    private static byte[] Save(ImageFormat format, Enums.ForeignKeep keep, Func<NetVips.Image, NetVips.Image>? change = null)
    {
        using NetVips.Image decoded = NetVips.Image.NewFromBuffer(TestImages.Png(40, 30, seed: 1));
        using NetVips.Image image = change is null ? decoded.Copy() : change(decoded);
        return format switch
        {
            ImageFormat.Jpeg => image.JpegsaveBuffer(q: 90, keep: keep),
            ImageFormat.Png => image.PngsaveBuffer(keep: keep),
            _ => image.WebpsaveBuffer(q: 90, keep: keep),
        };
    }
}
