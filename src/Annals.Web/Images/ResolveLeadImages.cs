using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Building;
using Annals.Web.Content;
using Annals.Web.Pipelines;

namespace Annals.Web.Images;

/// <summary>
/// Gives each item whose front matter names an image of this site (<c>image: assets/2024/hofburg.jpg</c>) its
/// responsive variants, so the page and the lists can show it without knowing how it was made. An image that cannot
/// be read is reported at the item's <c>image:</c> line; the page then shows the file as it is.
/// </summary>
/// <param name="catalog">This site's images.</param>
/// <param name="caches">In a preview session, hands back last run's document while the image is the same; null in a normal build.</param>
public sealed class ResolveLeadImages(ImageCatalog catalog, BuildCaches? caches = null) : IDocumentStep
{
    public Func<Document, CancellationToken, ValueTask<Document?>> Prepare(ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (document, _) =>
        {
            if (!document.TryGet(WebKeys.Item, out NewsItem item) || item.Image is not { } image || IsExternal(image))
            {
                return ValueTask.FromResult<Document?>(document);
            }

            var location = item.LocationOf("image");
            ResponsiveImage? resolved = catalog.Resolve("/" + image.TrimStart('/'), location, context.Diagnostics);
            if (resolved is null)
            {
                return ValueTask.FromResult<Document?>(document);
            }

            // The same input document holds the same item, so the same location.
            return ValueTask.FromResult<Document?>(caches is null
                ? document.With(WebKeys.LeadImage, new ImageUse(resolved, location))
                : caches.WithLeadImages.Derive(document, resolved, (input, picture) => input.With(WebKeys.LeadImage, new ImageUse(picture, location))));
        };
    }

    private static bool IsExternal(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
