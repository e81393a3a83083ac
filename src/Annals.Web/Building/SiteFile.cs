using Annals.Pipeline.Documents;

namespace Annals.Web.Building;

/// <summary>
/// One file of a site held in memory by a preview session: the bytes of what the build made, or the path of a file
/// copied as it is (images and documents are not loaded into memory; they are read when asked for).
/// </summary>
public sealed class SiteFile
{
    private SiteFile(ReadOnlyMemory<byte> bytes, string? path)
    {
        Bytes = bytes;
        Path = path;
    }

    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The file to send as it is, or null when <see cref="Bytes"/> is the content.</summary>
    public string? Path { get; }

    public static SiteFile FromBytes(ReadOnlyMemory<byte> bytes) => new(bytes, null);

    public static SiteFile FromPath(string path) => new(ReadOnlyMemory<byte>.Empty, path);

    public static async ValueTask<SiteFile> FromDocumentAsync(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Content.SourceFile is { } path
            ? FromPath(path)
            : FromBytes(await document.Content.ReadBytesAsync(cancellationToken).ConfigureAwait(false));
    }
}
