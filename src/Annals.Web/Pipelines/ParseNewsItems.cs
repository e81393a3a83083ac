using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Building;
using Annals.Web.Content;

namespace Annals.Web.Pipelines;

/// <summary>Reads each post file into a typed <see cref="NewsItem"/>; drafts are dropped unless asked for.</summary>
/// <param name="includeDrafts">Keep items marked <c>draft: true</c>.</param>
/// <param name="caches">In a preview session, reuses the parse of every unchanged file; null in a normal build.</param>
public sealed class ParseNewsItems(bool includeDrafts, BuildCaches? caches = null) : IDocumentStep
{
    public Func<Document, CancellationToken, ValueTask<Document?>> Prepare(ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return async (document, token) =>
        {
            NewsItem? item;
            if (caches is null)
            {
                ReadOnlyMemory<byte> bytes = await document.Content.ReadBytesAsync(token).ConfigureAwait(false);
                item = NewsItemReader.Read(document.Source!, bytes.Span, context.Diagnostics);
            }
            else
            {
                item = await caches.Sources.ReadAsync(
                    caches.Sources.Items, document, context.Diagnostics, (bytes, sink) => NewsItemReader.Read(document.Source!, bytes.Span, sink), token).ConfigureAwait(false);
            }

            if (item is null || (item.Draft && !includeDrafts))
            {
                return null;
            }

            return caches is null
                ? document.With(WebKeys.Item, item)
                : caches.Parsed.Derive(document, item, static (input, parsed) => input.With(WebKeys.Item, parsed));
        };
    }
}
