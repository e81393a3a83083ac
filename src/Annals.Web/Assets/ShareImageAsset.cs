using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Web.Pipelines;
using Annals.Web.Rendering;

namespace Annals.Web.Assets;

/// <summary>
/// Finds the theme's default share image (<c>theme/assets/images/share.png</c>) among the placed assets: the image a
/// link preview shows for a page that has none of its own.
/// </summary>
public static class ShareImageAsset
{
    public const string LogicalPath = "images/share.png";

    public static async Task<ShareImage?> FindAsync(ImmutableArray<Document> assets, CancellationToken cancellationToken)
    {
        Document? file = assets.FirstOrDefault(a => a.TryGet(WebKeys.AssetLogicalPath, out string path) && path == LogicalPath);
        if (file?.Destination is not { } destination)
        {
            return null;
        }

        ReadOnlyMemory<byte> bytes = await file.Content.ReadBytesAsync(cancellationToken).ConfigureAwait(false);
        (int Width, int Height)? size = PngSize.Read(bytes.Span);
        return new ShareImage("/" + destination, size?.Width, size?.Height);
    }
}
