using System.Text;

namespace Annals.Pipeline.Documents;

/// <summary>
/// The body of a document: text, bytes, or a file that is only read when someone asks for it,
/// so that a pipeline can pass thousands of assets along without holding them in memory.
/// </summary>
public abstract class DocumentContent
{
    public static readonly DocumentContent Empty = new TextContent(string.Empty);

    public static DocumentContent FromText(string text) => new TextContent(text);

    public static DocumentContent FromBytes(ReadOnlyMemory<byte> bytes) => new BytesContent(bytes);

    /// <param name="fullPath">The file.</param>
    /// <param name="readLog">Where each read of the file is noted with a hash of its bytes, or null.</param>
    public static DocumentContent FromFile(string fullPath, FileReadLog? readLog = null) => new FileContent(fullPath, readLog);

    /// <summary>Reads the content as UTF-8 text (a byte order mark is dropped).</summary>
    public abstract ValueTask<string> ReadTextAsync(CancellationToken cancellationToken = default);

    public abstract ValueTask<ReadOnlyMemory<byte>> ReadBytesAsync(CancellationToken cancellationToken = default);

    /// <summary>The file behind the content, when there is one and nothing has changed it: writers may copy it.</summary>
    public virtual string? SourceFile => null;

    /// <summary>The text the content was made from, when it was made from text (no decoding), else null.</summary>
    public virtual string? Text => null;

    private sealed class TextContent(string text) : DocumentContent
    {
        public override string? Text => text;

        public override ValueTask<string> ReadTextAsync(CancellationToken cancellationToken = default) => new(text);

        public override ValueTask<ReadOnlyMemory<byte>> ReadBytesAsync(CancellationToken cancellationToken = default) =>
            new(Encoding.UTF8.GetBytes(text));
    }

    private sealed class BytesContent(ReadOnlyMemory<byte> bytes) : DocumentContent
    {
        public override ValueTask<string> ReadTextAsync(CancellationToken cancellationToken = default) =>
            new(Utf8.Decode(bytes.Span));

        public override ValueTask<ReadOnlyMemory<byte>> ReadBytesAsync(CancellationToken cancellationToken = default) => new(bytes);
    }

    /// <remarks>
    /// Read synchronously on purpose: site files are small and usually in the page cache, and .NET's asynchronous
    /// file reads on Linux hop through the thread pool, which at 10,000 files cost more than the reading itself.
    /// Callers already run these reads in parallel.
    /// </remarks>
    private sealed class FileContent(string fullPath, FileReadLog? readLog) : DocumentContent
    {
        public override string? SourceFile => fullPath;

        public override ValueTask<string> ReadTextAsync(CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return new(Utf8.Decode(Read()));
        }

        public override ValueTask<ReadOnlyMemory<byte>> ReadBytesAsync(CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return new(Read());
        }

        private byte[] Read()
        {
            byte[] bytes = File.ReadAllBytes(fullPath);
            readLog?.Note(fullPath, bytes);
            return bytes;
        }
    }

    private static class Utf8
    {
        public static string Decode(ReadOnlySpan<byte> bytes)
        {
            ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
            return Encoding.UTF8.GetString(bytes.StartsWith(bom) ? bytes[bom.Length..] : bytes);
        }
    }
}
