using Annals.Web.Images;

namespace Annals.Web.Tests.Images;

/// <summary>A file that is not a picture is a content error where it is used, in words a writer understands.</summary>
public sealed class UnreadableImageTests : IDisposable
{
    private readonly ImageSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_file_that_is_not_an_image_is_reported_at_every_line_that_uses_it()
    {
        _site.Site.Add("input/assets/x.jpg", "This is a text file saved with the wrong name.");
        _site.Site.AddPost("input/posts/2024/a.md", "Alpha", "2024-04-18", "image: assets/x.jpg\nimage_alt: X\n", "Text.\n\nMore ![x](/assets/x.jpg)");

        Assert.False((await _site.BuildAsync()).Succeeded);

        Assert.Equal(
            [
                "input/posts/2024/a.md:4: error AN1001: input/assets/x.jpg is not a readable JPEG, PNG, WebP or GIF image: export or copy it again, or show another image",
                "input/posts/2024/a.md:9:6: error AN1001: input/assets/x.jpg is not a readable JPEG, PNG, WebP or GIF image: export or copy it again, or show another image",
            ],
            _site.Errors.Order(StringComparer.Ordinal));
        Assert.Equal(0, _site.Codec.Encodes);
    }

    [Fact]
    public async Task A_truncated_jpeg_whose_header_reads_is_reported_when_it_is_resized()
    {
        byte[] whole = TestImages.Jpeg(1000, 500);
        _site.AddImage("input/assets/cut.jpg", whole[..(whole.Length / 2)]);
        _site.Site.AddPost("input/posts/2024/a.md", "Alpha", "2024-04-18", "image: assets/cut.jpg\nimage_alt: Cut\n");

        Assert.False((await _site.BuildAsync()).Succeeded);

        string error = Assert.Single(_site.Errors);
        Assert.StartsWith("input/posts/2024/a.md:4: error AN1001: input/assets/cut.jpg is damaged or only partly copied", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_site.Site.Output, "_img")));
    }

    [Fact]
    public async Task A_picture_in_another_format_than_its_name_says_is_resized_as_what_it_is()
    {
        _site.AddImage("input/assets/really-a-png.jpg", TestImages.Png(700, 350));
        _site.Site.AddPost("input/posts/2024/a.md", "Alpha", "2024-04-18", "image: assets/really-a-png.jpg\nimage_alt: A\n");

        await _site.BuildSucceedsAsync();

        Assert.Contains(_site.Variants, v => v.StartsWith("really-a-png-700.", StringComparison.Ordinal) && v.EndsWith(".png", StringComparison.Ordinal));
    }

    [Fact]
    public void The_codec_refuses_files_that_are_not_pictures_in_plain_words()
    {
        var exception = Assert.Throws<ImageCodecException>(() => SkiaImageCodec.Instance.ReadHeader("%PDF-1.4 not a picture"u8.ToArray()));

        Assert.Equal(ImageCodes.Unreadable, exception.Code);
        Assert.StartsWith("is not", exception.Message, StringComparison.Ordinal);
    }
}
