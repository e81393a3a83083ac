using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Building;
using Annals.Web.Content;
using Annals.Web.Markdown;

namespace Annals.Web.Pipelines;

/// <summary>Renders the Markdown body of each item or event to safe HTML, keeping its links for the link check.</summary>
/// <param name="caches">In a preview session, reuses the rendering of every unchanged body; null in a normal build.</param>
public sealed class RenderBodies(BuildCaches? caches = null) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        SiteSettings? settings = SettingsAccess.Find(context)?.Get(WebKeys.Settings);
        var renderer = new MarkdownRenderer(settings?.VideoHosts ?? []);
        return context.SelectAsync(inputs, (document, _) =>
        {
            (string markdown, string source, int line) = document.TryGet(WebKeys.Item, out NewsItem item)
                ? (item.Body, item.SourcePath, item.BodyLine)
                : EventSource(document.Get(WebKeys.Event));
            RenderedMarkdown body = caches is null
                ? renderer.Render(markdown, source, line, context.Diagnostics)
                : caches.Sources.Bodies.GetOrCompute(
                    source,
                    new BodyInput(markdown, line, settings?.VideoHosts ?? []),
                    context.Diagnostics,
                    sink => renderer.Render(markdown, source, line, sink));
            return ValueTask.FromResult<Document?>(document.With(WebKeys.Body, body));
        });
    }

    private static (string Markdown, string Source, int Line) EventSource(EventInfo info) => (info.Body, info.SourcePath, info.BodyLine);
}
