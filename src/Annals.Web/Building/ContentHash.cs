using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Annals.Web.Building;

/// <summary>
/// The 128-bit hash that the preview caches key on. XxHash128 rather than SHA-256: the key never leaves the process,
/// so it needs no resistance to attack, and it is fast enough to hash every page model on every rebuild.
/// </summary>
public static class ContentHash
{
    public static UInt128 Of(ReadOnlySpan<byte> bytes) => XxHash128.HashToUInt128(bytes);

    public static UInt128 Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    /// <summary>Combines hashes in order (the order matters: a, b differs from b, a).</summary>
    public static UInt128 Combine(ReadOnlySpan<UInt128> parts) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(parts));
}
