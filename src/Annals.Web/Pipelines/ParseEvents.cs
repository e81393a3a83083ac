using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Content;

namespace Annals.Web.Pipelines;

/// <summary>Reads each event file into a typed <see cref="EventInfo"/>; the file name (without .md) is the event id.</summary>
public sealed class ParseEvents : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.SelectAsync(inputs, async (document, token) =>
        {
            string id = Path.GetFileNameWithoutExtension(document.Get(FileKeys.RelativePath));
            ReadOnlyMemory<byte> bytes = await document.Content.ReadBytesAsync(token).ConfigureAwait(false);
            EventInfo? info = EventReader.Read(id, document.Source!, bytes.Span, context.Diagnostics);
            return info is null ? null : document.With(WebKeys.Event, info);
        });
    }
}
