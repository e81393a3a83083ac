using System.Text;
using Annals.Benchmarks.Inputs;
using Annals.Pipeline.Diagnostics;
using Annals.Web.Assets;
using Annals.Web.Pages;
using Annals.Web.Rendering;
using Annals.Web.StructuredData;
using BenchmarkDotNet.Attributes;

namespace Annals.Benchmarks;

/// <summary>
/// Making an item's page, in the three steps RenderPages takes for each of the 10,000 post pages of a large archive:
/// the view model (<see cref="PostPages"/> with its older and newer neighbours), the head (share image, feeds,
/// JSON-LD), then the Scriban theme (<c>layouts/post.sbn</c> inside <c>layouts/base.sbn</c>) to UTF-8. Their sum is
/// a post page's cost. Times are per page, over an even sample of the corpus's items; the theme is the repository's.
/// </summary>
[MemoryDiagnoser]
public class TemplateBenchmarks
{
    private Theme _theme = null!;
    private ViewMapper _views = null!;
    private PublishedItem[][] _neighbourhoods = [];
    private PageModel[] _models = [];
    private PageModel[] _modelsWithHead = [];

    [GlobalSetup]
    public void LoadSiteAndTheme()
    {
        BuiltSite site = BuiltSite.Load();
        var sink = new DiagnosticBag();
        _theme = Theme.Load(site.Options.ThemeDirectory, site.Options.DisplayRoot, sink);
        if (sink.HasErrors)
        {
            throw new InvalidOperationException("the theme does not compile: " + string.Join("; ", sink.ToSortedList()));
        }

        // The same assets and mapper RenderPages makes once per build.
        AssetManifest manifest = AssetManifest.From(site.Assets);
        var assets = new AssetUrls(manifest.UrlOf("css/site.css") ?? "/_theme/css/site.css", manifest.UrlOf("js/search.js"), manifest.UrlOf("img/icon.svg"))
        {
            ShareImage = ShareImageAsset.FindAsync(site.Assets, CancellationToken.None).GetAwaiter().GetResult(),
        };
        _views = new ViewMapper(site.Settings, assets, site.Index.EventsById);

        // Each sampled item with its newer and older neighbour: PostPages links a page to both.
        var items = site.Index.Items;
        _neighbourhoods = [.. PostFiles.Spread(Enumerable.Range(1, items.Length - 2).ToArray(), PostFiles.SampleSize)
            .Select(i => new[] { items[i - 1], items[i], items[i + 1] })];
        _models = MakePostPageModels();
        _modelsWithHead = [.. _models.Select(PageHead.Attach)];
    }

    [Benchmark(OperationsPerInvoke = PostFiles.SampleSize)]
    public PageModel[] MakePostPageModel() => MakePostPageModels();

    [Benchmark(OperationsPerInvoke = PostFiles.SampleSize)]
    public int AttachPageHead()
    {
        int count = 0;
        foreach (PageModel model in _models)
        {
            count += PageHead.Attach(model).Head is null ? 0 : 1;
        }

        return count;
    }

    /// <summary>What RenderPages does with a page's model: both layouts through the theme, kept as UTF-8 bytes.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = PostFiles.SampleSize)]
    public long RenderPostPage()
    {
        long bytes = 0;
        foreach (PageModel model in _modelsWithHead)
        {
            bytes += Encoding.UTF8.GetBytes(_theme.RenderPage(PostPages.Layout, model)).Length;
        }

        return bytes;
    }

    /// <summary>The middle page of each neighbourhood, made fresh: a request's model is made once and then kept.</summary>
    private PageModel[] MakePostPageModels() =>
        [.. _neighbourhoods.Select(three => PostPages.Create(three, _views).ElementAt(1).Model)];
}
