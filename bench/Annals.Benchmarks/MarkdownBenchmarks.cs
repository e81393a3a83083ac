using Annals.Benchmarks.Inputs;
using Annals.Pipeline.Diagnostics;
using Annals.Web.Images;
using Annals.Web.Markdown;
using Annals.Web.Pages;
using BenchmarkDotNet.Attributes;

namespace Annals.Benchmarks;

/// <summary>
/// Rendering an item's Markdown body, as the Posts pipeline's RenderBodies does: one Markdig parse, links and plain
/// text collected from the tree, HTML written (and sanitized when the body has raw HTML), with the build's image
/// catalog. Times are per body, over an even sample of the corpus's published items.
/// </summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private PublishedItem[] _items = [];
    private MarkdownRenderer _renderer = null!;

    [GlobalSetup]
    public void LoadSite()
    {
        BuiltSite site = BuiltSite.Load();
        _items = site.SampleItems(PostFiles.SampleSize);

        // Made once per build, as RenderBodies makes it: the site's video hosts and an image catalog with no cache folder.
        var images = new ImageCatalog(site.Options, SkiaImageCodec.Instance, new ImageStore(site.Options.CacheDirectory));
        _renderer = new MarkdownRenderer(site.Settings.VideoHosts, images);
    }

    [Benchmark(OperationsPerInvoke = PostFiles.SampleSize)]
    public int RenderBody()
    {
        var sink = new DiagnosticBag();
        int length = 0;
        foreach (PublishedItem published in _items)
        {
            var item = published.Item;
            length += _renderer.Render(item.Body, item.SourcePath, item.BodyLine, sink, item.Url).Html.Length;
        }

        return length;
    }
}
