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

        // One job per original: it is read and hashed once, and each width is decoded once for all its formats.
        ImageVariant[][] bySource = [.. variants.GroupBy(v => (v.SourceFile, v.SourceHash)).Select(group => group.ToArray())];
        var made = new Document[]?[bySource.Length];
        var failed = new ConcurrentDictionary<string, ImageCodecException>(StringComparer.Ordinal);
        var options = new ParallelOptions { MaxDegreeOfParallelism = context.MaxDegreeOfParallelism, CancellationToken = context.CancellationToken };
        await Parallel.ForAsync(0, bySource.Length, options, async (i, token) =>
        {
            try
            {
                made[i] = await MakeAsync(bySource[i], token).ConfigureAwait(false);
            }
            catch (ImageCodecException exception)
            {
                failed.TryAdd(bySource[i][0].SourceFile, exception);
            }
        }).ConfigureAwait(false);

        Report(uses, failed, context.Diagnostics);
        return inputs.AddRange(made.OfType<Document[]>().SelectMany(documents => documents));
    }

    /// <summary>The variants of one original, from the cache where it has them, else made.</summary>
    private async Task<Document[]> MakeAsync(ImageVariant[] variants, CancellationToken token)
    {
        var made = new Document[variants.Length];
        List<int> missing = [];
        for (int i = 0; i < variants.Length; i++)
        {
            if (catalog.Store.TryGet(variants[i].Key) is { } cached)
            {
                made[i] = new Document(null, variants[i].Destination, DocumentContent.FromFile(cached));
            }
            else
            {
                missing.Add(i);
            }
        }

        if (missing.Count == 0)
        {
            return made;
        }

        byte[] source = await File.ReadAllBytesAsync(variants[0].SourceFile, token).ConfigureAwait(false);

        // A file changed since the page named it (an edit during a preview run) must not be cached under the old
        // content's key; the next run names the new content.
        bool current = ContentHash.Of(source) == variants[0].SourceHash;
        foreach (IGrouping<int, int> width in missing.GroupBy(i => variants[i].Width))
        {
            token.ThrowIfCancellationRequested();
            IReadOnlyList<byte[]> encoded = catalog.Codec.Encode(source, width.Key, [.. width.Select(i => variants[i].Format)]);
            int n = 0;
            foreach (int i in width)
            {
                byte[] bytes = encoded[n++];
                string? stored = current ? TryStore(variants[i], bytes) : null;
                made[i] = new Document(null, variants[i].Destination, stored is null ? DocumentContent.FromBytes(bytes) : DocumentContent.FromFile(stored));
            }
        }

        return made;
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
