using System.Buffers;
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

    /// <summary>
    /// The hash of a file's content, the same as <see cref="Of(ReadOnlySpan{byte})"/> of its bytes, read through a
    /// rented buffer: the build hashes every input file, and reading each into an array of its own made garbage of
    /// them all.
    /// </summary>
    public static UInt128 OfFile(string path)
    {
        using Microsoft.Win32.SafeHandles.SafeFileHandle file = File.OpenHandle(path);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            var hash = new XxHash128();
            long offset = 0;
            int read;
            while ((read = RandomAccess.Read(file, buffer, offset)) > 0)
            {
                hash.Append(buffer.AsSpan(0, read));
                offset += read;
            }

            return hash.GetCurrentHashAsUInt128();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Combines hashes in order (the order matters: a, b differs from b, a).</summary>
    public static UInt128 Combine(ReadOnlySpan<UInt128> parts) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(parts));
}
