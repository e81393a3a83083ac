using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Building;
using Annals.Web.Content;

namespace Annals.Web.Pipelines;

/// <summary>Reads each event file into a typed <see cref="EventInfo"/>; the file name (without .md) is the event id.</summary>
/// <param name="caches">In a preview session, reuses the parse of every unchanged file; null in a normal build.</param>
public sealed class ParseEvents(BuildCaches? caches = null) : IDocumentStep
{
    public Func<Document, CancellationToken, ValueTask<Document?>> Prepare(ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return async (document, token) =>
        {
            string id = Path.GetFileNameWithoutExtension(document.Get(FileKeys.RelativePath));
            EventInfo? info;
            if (caches is null)
            {
                ReadOnlyMemory<byte> bytes = await document.Content.ReadBytesAsync(token).ConfigureAwait(false);
                info = EventReader.Read(id, document.Source!, bytes.Span, context.Diagnostics);
            }
            else
            {
                info = await caches.Sources.ReadAsync(
                    caches.Sources.Events, document, context.Diagnostics, (bytes, sink) => EventReader.Read(id, document.Source!, bytes.Span, sink), token).ConfigureAwait(false);
            }

            if (info is null)
            {
                return null;
            }

            return caches is null
                ? document.With(WebKeys.Event, info)
                : caches.Parsed.Derive(document, info, static (input, parsed) => input.With(WebKeys.Event, parsed));
        };
    }
}
