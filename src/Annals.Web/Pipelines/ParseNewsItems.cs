using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Content;

namespace Annals.Web.Pipelines;

/// <summary>Reads each post file into a typed <see cref="NewsItem"/>; drafts are dropped unless asked for.</summary>
public sealed class ParseNewsItems(bool includeDrafts) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.SelectAsync(inputs, async (document, token) =>
        {
            ReadOnlyMemory<byte> bytes = await document.Content.ReadBytesAsync(token).ConfigureAwait(false);
            NewsItem? item = NewsItemReader.Read(document.Source!, bytes.Span, context.Diagnostics);
            if (item is null || (item.Draft && !includeDrafts))
            {
                return null;
            }

            return document.With(WebKeys.Item, item);
        });
    }
}
