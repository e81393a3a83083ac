using System.Buffers;

namespace Annals.Web.Text;

/// <summary>
/// A growable buffer, like <see cref="ArrayBufferWriter{T}"/>, whose arrays are rented from a pool
/// (<see cref="ArrayPool{T}.Shared"/>) and given back to it as the buffer grows and when it is disposed.
/// </summary>
/// <remarks>
/// For pages that grow with the archive (a year's list, every event: megabytes each at 100,000 items): grown in
/// plain arrays, each such page allocated its doubling arrays anew on the large object heap, some 400 MB a build
/// that only full collections take back; from the pool, the second such page reuses the first one's arrays.
/// CommunityToolkit's <c>ArrayPoolBufferWriter</c> does the same but clears what was written on every reuse, a
/// second pass over every page for bytes nobody reads. Elements are unmanaged, so arrays go back uncleared.
/// </remarks>
/// <typeparam name="T">Bytes for UTF-8, chars for text.</typeparam>
internal sealed class PooledBufferWriter<T> : IBufferWriter<T>, IDisposable
    where T : unmanaged
{
    private readonly ArrayPool<T> _pool;

    /// <summary>Empty once disposed, so that the hot paths need no other check to fall into the one that throws.</summary>
    private T[] _array;

    private int _written;
    private bool _disposed;

    /// <param name="initialCapacity">Elements to start with.</param>
    /// <param name="pool">Where the arrays come from; the shared pool when null.</param>
    public PooledBufferWriter(int initialCapacity, ArrayPool<T>? pool = null)
    {
        _pool = pool ?? ArrayPool<T>.Shared;
        _array = _pool.Rent(initialCapacity);
    }

    public int Capacity => Live.Length;

    public int WrittenCount => _written;

    public ReadOnlySpan<T> WrittenSpan => Live.AsSpan(0, _written);

    public ReadOnlyMemory<T> WrittenMemory => Live.AsMemory(0, _written);

    private T[] Live => _disposed ? throw new ObjectDisposedException(nameof(PooledBufferWriter<>)) : _array;

    /// <summary>Empties the buffer and keeps its array.</summary>
    public void ResetWrittenCount() => _written = 0;

    public void Advance(int count)
    {
        if ((uint)count > (uint)(_array.Length - _written))
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _array.Length - _written);
        }

        _written += count;
    }

    public Memory<T> GetMemory(int sizeHint = 0)
    {
        EnsureFree(sizeHint);
        return _array.AsMemory(_written);
    }

    public Span<T> GetSpan(int sizeHint = 0)
    {
        EnsureFree(sizeHint);
        return _array.AsSpan(_written);
    }

    /// <summary>Gives the array back to the pool; nothing written may be read after this.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            T[] array = _array;
            _array = [];
            _written = 0;
            _pool.Return(array);
        }
    }

    private void EnsureFree(int sizeHint)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sizeHint);
        int wanted = Math.Max(sizeHint, 1);
        if (wanted > _array.Length - _written)
        {
            Grow(wanted);
        }
    }

    private void Grow(int wanted)
    {
        T[] array = Live;
        long needed = (long)_written + wanted;
        if (needed > Array.MaxLength)
        {
            throw new InsufficientMemoryException($"A buffer cannot hold more than {Array.MaxLength:N0} elements.");
        }

        // Doubling, as ArrayBufferWriter does, keeps the copies to about the final size in all.
        int size = (int)Math.Min(Array.MaxLength, Math.Max(needed, 2L * array.Length));
        T[] larger = _pool.Rent(size);
        array.AsSpan(0, _written).CopyTo(larger);
        _array = larger;
        _pool.Return(array);
    }
}
