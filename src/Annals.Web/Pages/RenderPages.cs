using System.Buffers;
using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Archives;
using Annals.Web.Assets;
using Annals.Web.Building;
using Annals.Web.Content;
using Annals.Web.Pipelines;
using Annals.Web.Rendering;
using Annals.Web.StructuredData;
using Annals.Web.Text;

namespace Annals.Web.Pages;

/// <summary>
/// Makes every HTML page of the site from the site index and renders them with the theme, in parallel.
/// </summary>
/// <param name="options">Where the theme is.</param>
/// <param name="caches">
/// In a preview session, compiles the theme once and renders only the pages whose view model changed; null in a
/// normal build.
/// </param>
/// <param name="writeTo">
/// In a one-shot build, the output (staging) folder that pages are written to as soon as they are rendered; null to
/// keep them in memory (a preview session reuses them). With a cache folder, a page made from the same view model
/// and layout as in the last build is copied from the last build's output instead (see <see cref="PageRecord"/>).
/// </param>
public sealed class RenderPages(BuildOptions options, BuildCaches? caches = null, string? writeTo = null) : IModule
{
    private readonly PageFiles? _files = writeTo is null || caches is not null ? null : new PageFiles(writeTo);

    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Theme theme = caches is null
            ? Theme.Load(options.ThemeDirectory, options.DisplayRoot, context.Diagnostics)
            : caches.Theme.Load(options.ThemeDirectory, options.DisplayRoot, context.Diagnostics);
        Document? settings = SettingsAccess.Find(context);
        SiteIndex? index = BuildSiteIndex.Find(context);
        if (settings is null || index is null)
        {
            return [];
        }

        AssetManifest manifest = AssetManifest.From(context.OutputsOf(PipelineNames.Assets));
        ShareImage? shareImage = await ShareImageAsset.FindAsync(context.OutputsOf(PipelineNames.Assets), context.CancellationToken).ConfigureAwait(false);
        SiteSettings siteSettings = settings.Get(WebKeys.Settings);
        var assets = new AssetUrls(manifest.UrlOf("css/site.css") ?? "/_theme/css/site.css", manifest.UrlOf("js/search.js"), manifest.UrlOf("img/icon.svg")) { ShareImage = shareImage };
        var views = new ViewMapper(siteSettings, assets, index.EventsById)
        {
            Stamps = caches is null ? null : new PageStamps(index, siteSettings, assets),
        };

        // Each family of pages is listed on its own task. Models are made lazily, when a page is rendered; in a preview
        // session most pages are reused by their input stamps without making their models at all.
        Func<IEnumerable<PageRequest>>[] families =
        [
            () => HomePages.Create(index.Items, views),
            () => PostPages.Create(index.Items, views),
            () => EventPages.Create(index, views),
            () => SeriesPages.Create(index, views),
            () => ArchivePages.Create(index, views),
            () => TopicPages.Create(index, views),
            () => [NotFoundPage.Create(views), SearchPage.Create(index, views)],
        ];
        PageRequest[][] made = await Task.WhenAll(families.Select(family => Task.Run(() => family().ToArray(), context.CancellationToken))).ConfigureAwait(false);
        ImmutableArray<PageRequest> requests = [.. made.SelectMany(family => family)];
        RecordedPages? recorded = OpenRecord();
        var drawing = new PageDrawing(theme, new RenderedPartials());
        ImmutableArray<Document> rendered = await context.ForEachAsync(
            [.. requests.Select(r => caches is null ? r.ToDocument() : r.ToDocument(caches.Pages.DestinationOf(r.Url)))],
            (page, _) => ValueTask.FromResult(Render(page.Get(PageRequest.Key), page, drawing, recorded, context.Diagnostics))).ConfigureAwait(false);
        recorded?.Record.SaveNext();
        return inputs.AddRange(rendered);
    }

    private RecordedPages? OpenRecord()
    {
        if (_files is null || writeTo is null || options.CacheDirectory is null)
        {
            return null;
        }

        string themeRoot = Path.GetFullPath(options.ThemeDirectory);
        return new RecordedPages(
            PageRecord.Open(options.CacheDirectory, options.OutputDirectory, writeTo, reuse: !options.Force),
            LayoutFingerprints.Of(themeRoot, LayoutFingerprints.Templates(themeRoot)));
    }

    private IEnumerable<Document> Render(PageRequest request, Document page, PageDrawing theme, RecordedPages? recorded, IDiagnosticSink sink)
    {
        try
        {
            return recorded is null ? RenderOnce(request, page, theme, sink) : CopyOrRender(request, page, theme, recorded, sink);
        }
        finally
        {
            request.ForgetModel();
        }
    }

    private Document[] CopyOrRender(PageRequest request, Document page, PageDrawing theme, RecordedPages recorded, IDiagnosticSink sink)
    {
        // Hashing a model costs about a tenth of rendering it.
        UInt128 model = ModelHasher.Hash(request.Layout, request.Model, recorded.Summaries);
        UInt128 layout = recorded.Layouts.GetValueOrDefault(request.Layout, UInt128.MaxValue);
        if (recorded.Record.TryCopy(page.Destination!, model, layout) is { } copied)
        {
            return [page.WithContent(DocumentContent.FromFile(copied.FullPath)).With(WebKeys.IsPage, true).With(WebKeys.CopiedFromLastBuild, true).With(FileKeys.Written, copied)];
        }

        return [.. RenderOnce(request, page, theme, sink, file => recorded.Record.Wrote(page.Destination!, model, layout, file.Hash, file.Stamp))];
    }

    /// <param name="request">The page to render.</param>
    /// <param name="page">Its document.</param>
    /// <param name="theme">The theme, with this build's cached includes.</param>
    /// <param name="sink">Where a template's failure is reported.</param>
    /// <param name="written">Told of the file written, in a one-shot build.</param>
    private IEnumerable<Document> RenderOnce(PageRequest request, Document page, PageDrawing theme, IDiagnosticSink sink, Action<WrittenPage>? written = null)
    {
        try
        {
            if (caches is not null)
            {
                byte[] cached = caches.Pages.GetOrRender(request, caches.Theme.FingerprintOf(request.Layout), () =>
                {
                    PooledBufferWriter<byte> buffer = ThreadBuffers<byte>.Rent();
                    try
                    {
                        theme.Draw(request, buffer);
                        return buffer.WrittenSpan.ToArray();
                    }
                    finally
                    {
                        ThreadBuffers<byte>.Return(buffer);
                    }
                });
                return [page.WithContent(DocumentContent.FromBytes(cached)).With(WebKeys.IsPage, true)];
            }

            PooledBufferWriter<byte> html = ThreadBuffers<byte>.Rent();
            try
            {
                theme.Draw(request, html);
                if (_files?.Write(page.Destination!, html.WrittenSpan) is { } file)
                {
                    written?.Invoke(file);
                    return [page.WithContent(file.Content).With(WebKeys.IsPage, true).With(FileKeys.Written, file.Stamp)];
                }

                return [page.WithContent(DocumentContent.FromBytes(html.WrittenSpan.ToArray())).With(WebKeys.IsPage, true)];
            }
            finally
            {
                ThreadBuffers<byte>.Return(html);
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or Scriban.Syntax.ScriptRuntimeException)
        {
            sink.Report(Diagnostic.Error(
                PageCodes.TemplateFailed,
                $"the theme could not render {request.Url} with layout '{request.Layout}': {exception.Message}",
                new SourceLocation(request.SourcePath ?? request.Url)));
            return [];
        }
    }

    /// <summary>The theme and what its cached includes rendered so far in this build.</summary>
    private sealed record PageDrawing(Theme Theme, RenderedPartials Partials)
    {
        public void Draw(PageRequest request, IBufferWriter<byte> utf8) =>
            Theme.RenderPage(request.Layout, PageHead.Attach(request.Model), utf8, Partials);
    }

    /// <summary>The last build's pages and this theme's layout fingerprints, for one build.</summary>
    private sealed record RecordedPages(PageRecord Record, Dictionary<string, UInt128> Layouts)
    {
        public SummaryHashes Summaries { get; } = new();
    }
}
