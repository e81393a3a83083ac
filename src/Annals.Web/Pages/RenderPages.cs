using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Archives;
using Annals.Web.Assets;
using Annals.Web.Building;
using Annals.Web.Pipelines;
using Annals.Web.Rendering;

namespace Annals.Web.Pages;

/// <summary>
/// Makes every HTML page of the site from the site index and renders them with the theme, in parallel.
/// </summary>
/// <param name="options">Where the theme is.</param>
/// <param name="caches">
/// In a preview session, compiles the theme once and renders only the pages whose view model changed; null in a
/// normal build.
/// </param>
public sealed class RenderPages(BuildOptions options, BuildCaches? caches = null) : IModule
{
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
        var views = new ViewMapper(
            settings.Get(WebKeys.Settings),
            new AssetUrls(manifest.UrlOf("css/site.css") ?? "/_theme/css/site.css", manifest.UrlOf("js/search.js"), manifest.UrlOf("img/icon.svg")),
            index.EventsById);

        // Each family of pages is made on its own task (in this order): at 10,000 items making the view models takes
        // about as long as rendering the few pages a preview rebuild renders again, and it spreads over the cores.
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
        ImmutableArray<Document> rendered = await context.ForEachAsync(
            [.. requests.Select(r => r.ToDocument())],
            (page, _) => ValueTask.FromResult(Render(page.Get(PageRequest.Key), page, theme, caches, context.Diagnostics))).ConfigureAwait(false);
        return inputs.AddRange(rendered);
    }

    private static IEnumerable<Document> Render(PageRequest request, Document page, Theme theme, BuildCaches? caches, IDiagnosticSink sink)
    {
        try
        {
            if (caches is not null)
            {
                byte[] cached = caches.Pages.GetOrRender(request, caches.Theme.FingerprintOf(request.Layout), () => theme.RenderPage(request.Layout, request.Model));
                return [page.WithContent(DocumentContent.FromBytes(cached)).With(WebKeys.IsPage, true)];
            }

            string html = theme.RenderPage(request.Layout, request.Model);
            return [page.WithText(html).With(WebKeys.IsPage, true)];
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
}
