using System.Collections.Concurrent;
using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Archives;
using Annals.Web.Building;
using Annals.Web.Pages;
using Annals.Web.Pipelines;

namespace Annals.Web.Images;

/// <summary>
/// Makes the resized files that published pages name: every variant of every image used by a published item or
/// event, once each however many pages use it, over all cores. A variant already in the cache is not made again,
/// so a build where no image changed encodes nothing. An image that cannot be decoded is reported at every line
/// that uses it.
/// </summary>
public sealed class MakeImageVariants(ImageCatalog catalog) : IModule
{
    public const string Folder = "_img";

    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (BuildSiteIndex.Find(context) is not { } index)
        {
            return inputs;
        }

        List<ImageUse> uses = Uses(index);
        ImageVariant[] variants = [.. uses.SelectMany(use => use.Image.Variants).DistinctBy(v => v.Destination, StringComparer.Ordinal)];
        var made = new Document?[variants.Length];
        var failed = new ConcurrentDictionary<string, ImageCodecException>(StringComparer.Ordinal);
        var options = new ParallelOptions { MaxDegreeOfParallelism = context.MaxDegreeOfParallelism, CancellationToken = context.CancellationToken };
        await Parallel.ForAsync(0, variants.Length, options, async (i, token) =>
        {
            try
            {
                made[i] = await MakeAsync(variants[i], token).ConfigureAwait(false);
            }
            catch (ImageCodecException exception)
            {
                failed.TryAdd(variants[i].SourceFile, exception);
            }
        }).ConfigureAwait(false);

        Report(uses, failed, context.Diagnostics);
        return inputs.AddRange(made.OfType<Document>());
    }

    private async Task<Document> MakeAsync(ImageVariant variant, CancellationToken token)
    {
        if (catalog.Store.TryGet(variant.Key) is { } cached)
        {
            return new Document(null, variant.Destination, DocumentContent.FromFile(cached));
        }

        byte[] source = await File.ReadAllBytesAsync(variant.SourceFile, token).ConfigureAwait(false);
        byte[] bytes = catalog.Codec.Encode(source, variant.Width, variant.Format);

        // A file changed since the page named it (an edit during a preview run) must not be cached under the old
        // content's key; the next run names the new content.
        string? stored = ContentHash.Of(source) == variant.SourceHash ? TryStore(variant, bytes) : null;
        return new Document(null, variant.Destination, stored is null ? DocumentContent.FromBytes(bytes) : DocumentContent.FromFile(stored));
    }

    /// <summary>Keeps the file for the next build; a cache that cannot be written (full disk, read-only) only costs time.</summary>
    private string? TryStore(ImageVariant variant, byte[] bytes)
    {
        try
        {
            return catalog.Store.Put(variant.Key, ImageFormats.Extension(variant.Format), bytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Every image use of the published items (lead image and body) and of the events' descriptions.</summary>
    private static List<ImageUse> Uses(SiteIndex index)
    {
        List<ImageUse> uses = [];
        foreach (PublishedItem published in index.Items)
        {
            if (published.Image is { } lead)
            {
                uses.Add(lead);
            }

            uses.AddRange(published.Body.Images);
        }

        foreach (EventEntry entry in index.Events)
        {
            if (entry.Description is { } description)
            {
                uses.AddRange(description.Images);
            }
        }

        return uses;
    }

    private static void Report(List<ImageUse> uses, ConcurrentDictionary<string, ImageCodecException> failed, IDiagnosticSink sink)
    {
        if (failed.IsEmpty)
        {
            return;
        }

        var reported = new HashSet<(string, SourceLocation)>();
        foreach (ImageUse use in uses)
        {
            if (use.Image.Variants.FirstOrDefault() is { } first
                && failed.TryGetValue(first.SourceFile, out ImageCodecException? problem)
                && reported.Add((first.SourceFile, use.Location)))
            {
                sink.Report(Diagnostic.Error(problem.Code, $"{first.DisplayPath} {problem.Message}{ImageCatalog.Hint(problem.Code)}", use.Location));
            }
        }
    }
}
