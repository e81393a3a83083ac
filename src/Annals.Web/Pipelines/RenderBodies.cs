using System.Runtime.CompilerServices;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Building;
using Annals.Web.Content;
using Annals.Web.Images;
using Annals.Web.Markdown;

namespace Annals.Web.Pipelines;

/// <summary>Renders the Markdown body of each item or event to safe HTML, keeping its links for the link check.</summary>
/// <param name="caches">In a preview session, reuses the rendering of every unchanged body; null in a normal build.</param>
/// <param name="images">Writes this site's images as responsive pictures; null writes them as they are.</param>
public sealed class RenderBodies(BuildCaches? caches = null, ImageCatalog? images = null) : IDocumentStep
{
    private static readonly ConditionalWeakTable<string, StrongBox<bool>> ImageSyntax = [];

    public Func<Document, CancellationToken, ValueTask<Document?>> Prepare(ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        SiteSettings? settings = SettingsAccess.Find(context)?.Get(WebKeys.Settings);
        var renderer = new MarkdownRenderer(settings?.VideoHosts ?? [], images);
        return (document, _) =>
        {
            (string markdown, string source, int line, string url) = document.TryGet(WebKeys.Item, out NewsItem item)
                ? (item.Body, item.SourcePath, item.BodyLine, item.Url)
                : EventSource(document.Get(WebKeys.Event));
            RenderedMarkdown body = caches is null
                ? renderer.Render(markdown, source, line, context.Diagnostics, url)
                : caches.Sources.Bodies.GetOrCompute(
                    source,
                    new BodyInput(markdown, line, settings?.VideoHosts ?? [], ImageEpoch(markdown, url)),
                    context.Diagnostics,
                    sink => renderer.Render(markdown, source, line, sink, url));
            Document rendered = caches is null
                ? document.With(WebKeys.Body, body)
                : caches.Rendered.Derive(document, body, static (input, html) => input.With(WebKeys.Body, html));

            // A one-shot build needs the Markdown no more once it is HTML: at 100,000 items the sources are a gigabyte.
            // A preview session keeps the item as it is, since its caches know items by identity.
            if (caches is null && document.TryGet(WebKeys.Item, out NewsItem renderedItem) && renderedItem.Body.Length > 0)
            {
                rendered = rendered.With(WebKeys.Item, renderedItem with { Body = string.Empty });
            }

            return ValueTask.FromResult<Document?>(rendered);
        };
    }

    private static (string Markdown, string Source, int Line, string Url) EventSource(EventInfo info) => (info.Body, info.SourcePath, info.BodyLine, info.Url);

    /// <summary>
    /// A body that may show an image (any "![") is rendered again when an image may have changed, since its markup
    /// names the image's hash and size; the page URL is part of it too (relative image paths resolve against it).
    /// </summary>
    private (int Epoch, string PageUrl) ImageEpoch(string markdown, string pageUrl) =>
        images is not null && caches is not null && ShowsImage(markdown) ? (caches.Images.Epoch, pageUrl) : (0, string.Empty);

    /// <summary>Looked up once per Markdown text: an unchanged item hands the same text to every run of a session.</summary>
    private static bool ShowsImage(string markdown) =>
        ImageSyntax.GetValue(markdown, m => new StrongBox<bool>(m.Contains("![", StringComparison.Ordinal))).Value;
}
