using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Pipelines;

namespace Annals.Web.Assets;

/// <summary>
/// Gives every asset its place in the site: theme files under <c>/_theme/</c> with a content hash in the
/// name (so hosting can cache them forever), and
/// the organization's files from <c>input/assets/</c> under <c>/assets/</c> with their own names.
/// </summary>
public sealed class PlaceAssets(string themeAssetsDirectory) : IModule
{
    public const string ThemeFolder = "_theme";
    public const string ContentFolder = "assets";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string themeRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(themeAssetsDirectory)) + Path.DirectorySeparatorChar;
        return context.SelectAsync(inputs, async (document, token) =>
        {
            string relative = document.Get(FileKeys.RelativePath);
            if (!document.Get(FileKeys.FullPath).StartsWith(themeRoot, StringComparison.Ordinal))
            {
                return document.WithDestination($"{ContentFolder}/{relative}");
            }

            ReadOnlyMemory<byte> bytes = await document.Content.ReadBytesAsync(token).ConfigureAwait(false);
            string destination = Fingerprint.Apply($"{ThemeFolder}/{relative}", Fingerprint.Hash(bytes.Span));

            return document.WithDestination(destination).With(WebKeys.AssetLogicalPath, relative);
        });
    }
}
