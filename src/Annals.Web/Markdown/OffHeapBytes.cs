using System.Buffers;
using System.Runtime.InteropServices;

namespace Annals.Web.Markdown;

/// <summary>
/// Bytes kept outside the garbage-collected heap, freed when nothing refers to them any more. For what a build
/// holds in bulk until its last page is written (the rendered bodies: a gigabyte at 100,000 items), where the
/// collector could only lose time: on its heap every body was copied as it was promoted and again whenever the heap
/// was compacted, and on its pinned heap every few megabytes allocated started a full collection.
/// </summary>
/// <remarks>
/// The bytes are read through <see cref="Memory"/>, whose value keeps this object (and so the bytes) alive; a span
/// taken from it must not outlive the object that handed it out, as with any pooled or native buffer.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Reliability",
    "CA2015:Do not define finalizers for types derived from MemoryManager<T>",
    Justification = "Bodies have no single owner to dispose them (documents, caches and views share them); every span is read while its RenderedMarkdown or RawHtml is kept alive.")]
internal sealed unsafe class OffHeapBytes : MemoryManager<byte>
{
    private byte* _bytes;
    private readonly int _length;

    /// <summary>Copies <paramref name="source"/> out of the managed heap; when empty, nothing is allocated.</summary>
    public OffHeapBytes(ReadOnlySpan<byte> source)
    {
        _length = source.Length;
        if (_length > 0)
        {
            _bytes = (byte*)NativeMemory.Alloc((nuint)_length);
            source.CopyTo(new Span<byte>(_bytes, _length));
        }
    }

    ~OffHeapBytes() => Dispose(disposing: false);

    public override Span<byte> GetSpan() => _bytes is null ? Span<byte>.Empty : new Span<byte>(_bytes, _length);

    /// <summary>Already fixed in memory: pinning is only a pointer.</summary>
    public override MemoryHandle Pin(int elementIndex = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(elementIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(elementIndex, _length);
        return new MemoryHandle(_bytes + elementIndex, pinnable: this);
    }

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
        if (_bytes is not null)
        {
            NativeMemory.Free(_bytes);
            _bytes = null;
        }
    }
}
