using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Content;
using Annals.Web.Pipelines;

namespace Annals.Web.Images;

/// <summary>
/// Gives each item whose front matter names an image of this site (<c>image: assets/2024/hofburg.jpg</c>) its
/// responsive variants, so the page and the lists can show it without knowing how it was made. An image that cannot
/// be read is reported at the item's <c>image:</c> line; the page then shows the file as it is.
/// </summary>
public sealed class ResolveLeadImages(ImageCatalog catalog) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.SelectAsync(inputs, (document, _) =>
        {
            if (!document.TryGet(WebKeys.Item, out NewsItem item) || item.Image is not { } image || IsExternal(image))
            {
                return ValueTask.FromResult<Document?>(document);
            }

            var location = item.LocationOf("image");
            ResponsiveImage? resolved = catalog.Resolve("/" + image.TrimStart('/'), location, context.Diagnostics);
            return ValueTask.FromResult<Document?>(resolved is null ? document : document.With(WebKeys.LeadImage, new ImageUse(resolved, location)));
        });
    }

    private static bool IsExternal(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
