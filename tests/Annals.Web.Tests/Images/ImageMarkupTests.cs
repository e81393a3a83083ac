using Annals.Pipeline.Diagnostics;
using Annals.Web.Building;
using Annals.Web.Images;
using Annals.Web.Markdown;
using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Images;

/// <summary>The markup the Markdown renderer writes for images, and the small readers it relies on.</summary>
public sealed class ImageMarkupTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_body_with_raw_html_keeps_its_pictures_through_the_sanitizer()
    {
        _site.AddBytes("input/assets/a.jpg", TestImages.Jpeg(900, 600));
        var renderer = new MarkdownRenderer([], Catalog());
        var bag = new DiagnosticBag();

        RenderedMarkdown body = renderer.Render("<span>raw</span>\n\n![A](/assets/a.jpg)\n", "input/posts/p.md", 5, bag, "/news/2024/p/");

        Assert.Empty(bag.ToSortedList());
        Assert.Contains("<picture><source type=\"image/webp\" srcset=\"/_img/a-480.", body.Html, StringComparison.Ordinal);
        Assert.Contains("sizes=\"(min-width: 46rem) 44rem, calc(100vw - 2rem)\"", body.Html, StringComparison.Ordinal);
        Assert.Contains("width=\"900\" height=\"600\" loading=\"lazy\" decoding=\"async\"", body.Html, StringComparison.Ordinal);
        ImageUse use = Assert.Single(body.Images);
        Assert.Equal(new SourceLocation("input/posts/p.md", 7, 1), use.Location);
        Assert.Equal([480, 800, 900, 800], use.Image.Variants.Select(v => v.Width));
    }

    [Fact]
    public void Without_a_catalog_images_are_written_as_markdig_writes_them()
    {
        RenderedMarkdown body = new MarkdownRenderer([]).Render("![A](/assets/a.jpg)\n", "p.md", 5, new DiagnosticBag());

        Assert.Equal("<p><img src=\"/assets/a.jpg\" alt=\"A\" /></p>\n", body.Html);
        Assert.Empty(body.Images);
    }

    [Theory]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg' width='120' height='40px'/>", 120, 40)]
    [InlineData("<?xml version='1.0'?><!DOCTYPE svg PUBLIC '-//W3C//DTD SVG 1.1//EN' 'http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd'><svg viewBox='0 0 300.5 150'/>", 301, 150)]
    public void An_svg_says_its_size_on_its_root(string svg, int width, int height)
    {
        Assert.Equal(new ImageHeader(width, height), SvgSize.Read(System.Text.Encoding.UTF8.GetBytes(svg)));
    }

    [Theory]
    [InlineData("<svg width='100%' height='50%'/>")]
    [InlineData("<html/>")]
    [InlineData("not xml")]
    public void An_svg_without_a_size_in_pixels_has_none(string svg)
    {
        Assert.Null(SvgSize.Read(System.Text.Encoding.UTF8.GetBytes(svg)));
    }

    private ImageCatalog Catalog()
    {
        BuildOptions options = BuildOptions.ForSite(_site.Root);
        return new ImageCatalog(options, SkiaImageCodec.Instance, new ImageStore(options.CacheDirectory));
    }
}
