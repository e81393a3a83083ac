using System.Collections.Concurrent;
using System.IO.Hashing;

namespace Annals.Pipeline.Documents;

/// <summary>
/// The files a run read, each with a hash of the bytes it read (XxHash128). A build records its input files from it
/// instead of reading each a second time just to hash it (at 10,000 items that second read was a tenth of the build's
/// time). Safe to use from any thread.
/// </summary>
public sealed class FileReadLog
{
    /// <summary>Null for a file read twice with different bytes (edited between the reads): its version is unknown.</summary>
    private readonly ConcurrentDictionary<string, UInt128?> _hashes = new(StringComparer.Ordinal);

    /// <summary>Notes that <paramref name="fullPath"/> was read and held <paramref name="bytes"/>.</summary>
    public void Note(string fullPath, ReadOnlySpan<byte> bytes) => Note(fullPath, XxHash128.HashToUInt128(bytes));

    /// <summary>Notes that <paramref name="fullPath"/> was read, with the XxHash128 of its bytes already taken by the reader.</summary>
    public void Note(string fullPath, UInt128 hash)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        _hashes.AddOrUpdate(fullPath, hash, (_, before) => before == hash ? before : null);
    }

    /// <summary>
    /// Whether the run read <paramref name="fullPath"/>; <paramref name="hash"/> is then the hash of what it read, or null
    /// when it read the file twice and found different bytes.
    /// </summary>
    public bool TryGetHash(string fullPath, out UInt128? hash) => _hashes.TryGetValue(fullPath, out hash);
}
