using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Hashing;
using Annals.Pipeline.FileSystem;
using Annals.Web.Building;

namespace Annals.Web.Images;

/// <summary>
/// The cache of resized images that outlives a build, in <c>&lt;cache&gt;/images/</c>. An entry is named after its key
/// (source hash, width, format, codec version) and a checksum of its bytes (<c>&lt;key&gt;-&lt;xxh64&gt;.webp</c>), is
/// written to a temporary file and renamed into place (a killed build never leaves half an image under a real name),
/// and is checked against its checksum before use: a damaged entry is deleted and made again, never published.
/// The facts of each source image (format and size) are kept beside them, so a warm build never starts the codec.
/// Nothing is ever evicted: the folder can be deleted at any time.
/// </summary>
public sealed class ImageStore
{
    private const string TempSuffix = ".tmp";

    private readonly string? _folder;
    private readonly ConcurrentDictionary<UInt128, (string Path, FileStamp Stamp)> _verified;
    private readonly bool _trustVerified;
    private readonly Lazy<Dictionary<UInt128, string>> _listing;
    private readonly OutputFolder _files = new();

    /// <param name="cacheDirectory">The build's cache folder, or null to keep nothing between builds.</param>
    /// <param name="verified">
    /// Entries already checked, with the size and time they had then; a preview session passes the same table to every
    /// run, so an entry is checked once per session instead of once per rebuild. The cache folder is Annals's own and
    /// nothing else writes it while a session runs: looking at 2,800 entries again after every save cost more than
    /// the rest of the images pipeline.
    /// </param>
    public ImageStore(string? cacheDirectory, ConcurrentDictionary<UInt128, (string Path, FileStamp Stamp)>? verified = null)
    {
        _folder = cacheDirectory is null ? null : Path.Combine(cacheDirectory, "images");
        _trustVerified = verified is not null;
        _verified = verified ?? new();
        _listing = new(List, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public bool IsPersistent => _folder is not null;

    /// <summary>The file of a good entry for <paramref name="key"/>, or null when there is none (or it was damaged).</summary>
    public string? TryGet(UInt128 key)
    {
        if (_folder is null)
        {
            return null;
        }

        if (_verified.TryGetValue(key, out var known) && (_trustVerified || known.Stamp == FileStamp.Of(known.Path)))
        {
            return known.Path;
        }

        if (!_listing.Value.TryGetValue(key, out string? path))
        {
            return null;
        }

        FileStamp stamp = FileStamp.Of(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException)
        {
            return null;
        }

        if (bytes.Length == 0 || !string.Equals(Checksum(bytes), ChecksumInName(path), StringComparison.Ordinal))
        {
            TryDelete(path);
            return null;
        }

        _verified[key] = (path, stamp);
        return path;
    }

    /// <summary>Keeps <paramref name="bytes"/> under <paramref name="key"/> and returns the file, or null without a cache folder.</summary>
    public string? Put(UInt128 key, string extension, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (_folder is null)
        {
            return null;
        }

        string path = Path.Combine(_folder, $"{Hex(key)}-{Checksum(bytes)}.{extension}");
        FileTreeStamp written = WriteAtomically(path, bytes);
        _verified[key] = (path, new FileStamp(written.Length, written.LastWriteTicks));
        return path;
    }

    public ImageFacts? TryGetFacts(UInt128 key)
    {
        if (_folder is null)
        {
            return null;
        }

        string path = FactsPath(key);
        try
        {
            return File.Exists(path) ? ImageFacts.FromLine(File.ReadAllText(path)) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void PutFacts(UInt128 key, ImageFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (_folder is null)
        {
            return;
        }

        try
        {
            WriteAtomically(FactsPath(key), System.Text.Encoding.ASCII.GetBytes(facts.ToLine() + "\n"));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Facts are read again next time: a cache that cannot be written only costs time.
        }
    }

    public static string Hex(UInt128 value) => value.ToString("x32", CultureInfo.InvariantCulture);

    private string FactsPath(UInt128 key) => Path.Combine(_folder!, Hex(key) + ".facts");

    private static string Checksum(ReadOnlySpan<byte> bytes) => XxHash64.HashToUInt64(bytes).ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>The <c>xxh64</c> part of <c>&lt;key&gt;-&lt;xxh64&gt;.webp</c>.</summary>
    private static string ChecksumInName(string path)
    {
        string name = Path.GetFileNameWithoutExtension(path);
        int dash = name.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? string.Empty : name[(dash + 1)..];
    }

    /// <summary>Every entry by key, read once per build: one listing instead of a probe per image.</summary>
    private Dictionary<UInt128, string> List()
    {
        var entries = new Dictionary<UInt128, string>();
        if (!Directory.Exists(_folder))
        {
            return entries;
        }

        foreach (string path in Directory.EnumerateFiles(_folder!))
        {
            string name = Path.GetFileName(path);
            if (name.EndsWith(TempSuffix, StringComparison.Ordinal))
            {
                // Left by a build that was killed while writing; a build still writing its own is less than an hour old.
                if (File.GetLastWriteTimeUtc(path) < DateTime.UtcNow.AddHours(-1))
                {
                    TryDelete(path);
                }

                continue;
            }

            int dash = name.IndexOf('-', StringComparison.Ordinal);
            if (dash == 32 && UInt128.TryParse(name.AsSpan(0, 32), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out UInt128 key))
            {
                entries[key] = path;
            }
        }

        return entries;
    }

    /// <summary>Writes the file under a temporary name and renames it into place; the stamp is the renamed file's.</summary>
    private FileTreeStamp WriteAtomically(string path, byte[] bytes)
    {
        string temp = $"{path}.{Guid.NewGuid():N}{TempSuffix}";
        try
        {
            FileTreeStamp written = _files.Write(temp, bytes);
            File.Move(temp, path, overwrite: true);
            return written with { FullPath = path };
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Another build may hold it; it is checked again next time.
        }
        catch (UnauthorizedAccessException)
        {
            // Same: a read-only cache is read, never trusted blindly.
        }
    }
}
