using AngleSharp.Dom;

namespace Annals.Web.Tests.Images;

/// <summary>What a built site gives readers: resized WebP widths, one fallback, and markup that never shifts the layout.</summary>
public sealed class ResponsiveImageBuildTests : IDisposable
{
    private const string LeadPost = "news/2024/lead/index.html";
    private readonly ImageSite _site = new();

    public ResponsiveImageBuildTests()
    {
        _site.AddImage("input/assets/2024/hall.jpg", TestImages.Jpeg(2000, 1000));
        _site.AddImage("input/assets/small.png", TestImages.Png(600, 300));
        _site.AddImage("input/assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\"></svg>"u8.ToArray());
        _site.AddImage("input/assets/anim.gif", TestImages.Gif(90, 60));
        _site.Site.AddPost(
            "input/posts/2024/lead.md",
            "Lead",
            "2024-04-18",
            "image: assets/2024/hall.jpg\nimage_alt: The hall\n",
            "Text.\n\n![A small chart](/assets/small.png)\n\n![Logo](../../../assets/logo.svg) ![Moving](/assets/anim.gif)\n\n![Elsewhere](https://example.org/x.jpg)");
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_large_jpeg_is_made_in_four_webp_widths_and_one_jpeg_fallback()
    {
        await _site.BuildSucceedsAsync();

        string[] hall = [.. _site.Variants.Where(v => v.StartsWith("hall-", StringComparison.Ordinal))];
        Assert.Equal(
            ["hall-1200.webp", "hall-1600.webp", "hall-480.webp", "hall-800.jpg", "hall-800.webp"],
            hall.Select(WithoutHash).Order(StringComparer.Ordinal));
        foreach (string variant in hall)
        {
            (int width, int height, string loader) = _site.Measure(variant);
            Assert.Equal(WidthIn(variant), width);
            Assert.Equal(width / 2, height);
            Assert.StartsWith(variant.EndsWith(".webp", StringComparison.Ordinal) ? "webpload" : "jpegload", loader, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_small_image_is_never_enlarged()
    {
        await _site.BuildSucceedsAsync();

        string[] small = [.. _site.Variants.Where(v => v.StartsWith("small-", StringComparison.Ordinal))];
        Assert.Equal(["small-480.webp", "small-600.png", "small-600.webp"], small.Select(WithoutHash).Order(StringComparer.Ordinal));
        Assert.All(small, variant => Assert.Equal(WidthIn(variant), _site.Measure(variant).Width));
    }

    [Fact]
    public async Task The_lead_image_is_a_picture_with_srcset_sizes_and_size_fetched_first()
    {
        await _site.BuildSucceedsAsync();

        IElement picture = _site.Site.Html(LeadPost).QuerySelector(".post-image picture")!;
        IElement source = picture.QuerySelector("source")!;
        IElement img = picture.QuerySelector("img")!;
        Assert.Equal("image/webp", source.GetAttribute("type"));
        Assert.Equal(
            ["480w", "800w", "1200w", "1600w"],
            source.GetAttribute("srcset")!.Split(", ").Select(candidate => candidate.Split(' ')[1]));
        Assert.All(source.GetAttribute("srcset")!.Split(", "), c => Assert.Matches(@"^/_img/hall-\d+\.[0-9a-f]{10}\.webp \d+w$", c));
        Assert.Contains("44rem", source.GetAttribute("sizes"), StringComparison.Ordinal);
        Assert.Matches(@"^/_img/hall-800\.[0-9a-f]{10}\.jpg$", img.GetAttribute("src"));
        Assert.Equal("2000", img.GetAttribute("width"));
        Assert.Equal("1000", img.GetAttribute("height"));
        Assert.Equal("The hall", img.GetAttribute("alt"));
        Assert.Null(img.GetAttribute("loading"));
        Assert.Equal("high", img.GetAttribute("fetchpriority"));
        Assert.True(_site.Site.Exists(img.GetAttribute("src")!.TrimStart('/')));
    }

    [Fact]
    public async Task Body_images_are_lazy_with_their_size_and_other_images_stay_as_written()
    {
        await _site.BuildSucceedsAsync();

        IElement body = _site.Site.Html(LeadPost).QuerySelector(".post-body")!;
        IElement chart = body.QuerySelector("img[alt='A small chart']")!;
        Assert.Equal("PICTURE", chart.ParentElement!.TagName);
        Assert.Matches(@"^/_img/small-480\.[0-9a-f]{10}\.webp 480w, /_img/small-600\.[0-9a-f]{10}\.webp 600w$", chart.ParentElement.QuerySelector("source")!.GetAttribute("srcset"));
        Assert.Matches(@"^/_img/small-600\.[0-9a-f]{10}\.png$", chart.GetAttribute("src"));
        Assert.Equal(("600", "300", "lazy", "async"), Attributes(chart));

        IElement logo = body.QuerySelector("img[alt='Logo']")!;
        Assert.Equal("/assets/logo.svg", logo.GetAttribute("src"));
        Assert.Equal(("120", "40", "lazy", "async"), Attributes(logo));
        IElement gif = body.QuerySelector("img[alt='Moving']")!;
        Assert.Equal("/assets/anim.gif", gif.GetAttribute("src"));
        Assert.Equal(("90", "60", "lazy", "async"), Attributes(gif));

        IElement external = body.QuerySelector("img[alt='Elsewhere']")!;
        Assert.Equal("https://example.org/x.jpg", external.GetAttribute("src"));
        Assert.Equal("P", external.ParentElement!.TagName);
        Assert.Null(external.GetAttribute("width"));
        Assert.DoesNotContain(_site.Variants, v => v.StartsWith("logo", StringComparison.Ordinal) || v.StartsWith("anim", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lists_show_the_lead_image_small_and_lazy()
    {
        await _site.BuildSucceedsAsync();

        IElement thumb = _site.Site.Html("index.html").QuerySelector(".item-summary .item-thumb img")!;
        Assert.Equal(("2000", "1000", "lazy", "async"), Attributes(thumb));
        Assert.Equal(string.Empty, thumb.GetAttribute("alt"));
        Assert.Equal("8rem", thumb.ParentElement!.QuerySelector("source")!.GetAttribute("sizes"));
    }

    [Fact]
    public async Task Feed_entries_name_every_picture_address_in_full()
    {
        await _site.BuildSucceedsAsync();

        string feed = _site.Site.Read("feed.xml");
        Assert.Matches("srcset=\"https://example.org/_img/small-480\\.[0-9a-f]{10}\\.webp 480w, https://example.org/_img/small-600", feed);
        Assert.DoesNotContain("srcset=\"/_img", feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_names_depend_only_on_the_content()
    {
        await _site.BuildSucceedsAsync();
        using var other = new ImageSite();
        other.AddImage("input/assets/elsewhere/hall.jpg", TestImages.Jpeg(2000, 1000));
        other.Site.AddPost("input/posts/2023/other.md", "Other", "2023-01-02", "image: assets/elsewhere/hall.jpg\nimage_alt: Same hall\n");

        await other.BuildSucceedsAsync();

        Assert.Equal(_site.Variants.Where(v => v.StartsWith("hall-", StringComparison.Ordinal)), other.Variants);
    }

    private static (string?, string?, string?, string?) Attributes(IElement img) =>
        (img.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("loading"), img.GetAttribute("decoding"));

    /// <summary><c>hall-800.3f2a1c9e0b.webp</c> -> <c>hall-800.webp</c>.</summary>
    private static string WithoutHash(string name)
    {
        string[] parts = name.Split('.');
        return $"{parts[0]}.{parts[^1]}";
    }

    private static int WidthIn(string name) => int.Parse(name.Split('.')[0].Split('-')[^1], System.Globalization.CultureInfo.InvariantCulture);
}
