using System.Collections.Immutable;
using System.Text;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Pipelines;

namespace Annals.Web.Assets;

/// <summary>
/// Gives every asset its place in the site: theme files under <c>/_theme/</c> with a content hash in the
/// name (so hosting can cache them forever), stylesheets and scripts minified first (<see cref="AssetMinifier"/>),
/// and the organization's files from <c>input/assets/</c> under <c>/assets/</c> with their own names.
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

            if (AssetMinifier.Handles(relative))
            {
                document = await MinifyAsync(document, relative, context.Diagnostics, token).ConfigureAwait(false);
            }

            ReadOnlyMemory<byte> bytes = await document.Content.ReadBytesAsync(token).ConfigureAwait(false);
            string destination = Fingerprint.Apply($"{ThemeFolder}/{relative}", Fingerprint.Hash(bytes.Span));

            return document.WithDestination(destination).With(WebKeys.AssetLogicalPath, relative);
        });
    }

    private static async ValueTask<Document> MinifyAsync(Document document, string relative, IDiagnosticSink diagnostics, CancellationToken token)
    {
        string source = await document.Content.ReadTextAsync(token).ConfigureAwait(false);
        MinifiedAsset minified = AssetMinifier.Minify(relative, source);
        if (minified.Problem is { } problem)
        {
            diagnostics.Report(Diagnostic.Warning(
                AssetCodes.NotMinified,
                $"this file could not be minified, so it is published as written: {problem}",
                new SourceLocation(document.Source ?? relative, minified.Line, minified.Column)));
        }

        return document.WithContent(DocumentContent.FromBytes(Encoding.UTF8.GetBytes(minified.Text)));
    }
}
