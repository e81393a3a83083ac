using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Web.Content;
using Annals.Web.Markdown;

namespace Annals.Web.Building;

/// <summary>
/// What a preview session remembers of the content: each post and event file parsed, keyed by its path and content
/// hash, and each Markdown body rendered, keyed by its text. An unchanged file is neither parsed nor rendered again.
/// </summary>
public sealed class SourceCache(FileFingerprints files)
{
    public MemoTable<string, UInt128, NewsItem?> Items { get; } = new(StringComparer.Ordinal);

    public MemoTable<string, UInt128, EventInfo?> Events { get; } = new(StringComparer.Ordinal);

    public MemoTable<string, BodyInput, RenderedMarkdown> Bodies { get; } = new(StringComparer.Ordinal);

    public MemoTable<string, UInt128, ImmutableArray<Document>> Settings { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Parses a file read by <c>ReadFiles</c> with <paramref name="parse"/>, or gives back what it gave last time when
    /// the file has the same content (checked by size and time first, by hash when those changed).
    /// </summary>
    public async ValueTask<T?> ReadAsync<T>(
        MemoTable<string, UInt128, T?> table,
        Document document,
        IDiagnosticSink sink,
        Func<ReadOnlyMemory<byte>, IDiagnosticSink, T?> parse,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(parse);
        string path = document.Get(FileKeys.FullPath);
        if (files.TryGet(path, out UInt128 known) && table.TryReuse(path, known, sink, out T? reused))
        {
            return reused;
        }

        FileStamp stamp = FileStamp.Of(path);
        ReadOnlyMemory<byte> bytes = await document.Content.ReadBytesAsync(cancellationToken).ConfigureAwait(false);
        UInt128 hash = ContentHash.Of(bytes.Span);
        files.Record(path, stamp, hash);
        return table.GetOrCompute(path, hash, sink, recorder => parse(bytes, recorder));
    }

    /// <summary>The combined hash of a few small files read whole (a missing file counts as its own value).</summary>
    public static UInt128 HashOfFiles(IEnumerable<string> paths, string? extra)
    {
        ArgumentNullException.ThrowIfNull(paths);
        List<UInt128> parts = [ContentHash.Of(extra ?? "\0")];
        foreach (string path in paths)
        {
            parts.Add(File.Exists(path) ? ContentHash.OfFile(path) : UInt128.MaxValue);
        }

        return ContentHash.Combine([.. parts]);
    }
}
