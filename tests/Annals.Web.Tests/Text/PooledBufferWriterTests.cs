using System.Buffers;
using System.Runtime.InteropServices;
using Annals.Web.Text;

namespace Annals.Web.Tests.Text;

public sealed class PooledBufferWriterTests
{
    [Fact]
    public void What_is_written_across_growth_is_kept_in_order()
    {
        using var buffer = new PooledBufferWriter<byte>(16);
        byte[] expected = [.. Enumerable.Range(0, 100_000).Select(i => (byte)(i * 7))];

        for (int offset = 0; offset < expected.Length; offset += 999)
        {
            ReadOnlySpan<byte> piece = expected.AsSpan(offset, Math.Min(999, expected.Length - offset));
            buffer.Write(piece);
        }

        Assert.Equal(expected.Length, buffer.WrittenCount);
        Assert.True(expected.AsSpan().SequenceEqual(buffer.WrittenSpan));
        Assert.True(buffer.WrittenMemory.Span.SequenceEqual(buffer.WrittenSpan));
    }

    [Fact]
    public void Growing_gives_the_smaller_array_back_to_the_pool()
    {
        ArrayPool<char> pool = ArrayPool<char>.Create();
        using var buffer = new PooledBufferWriter<char>(1024, pool);
        buffer.Write("first".AsSpan());
        char[] small = ArrayOf(buffer);

        buffer.GetSpan(small.Length + 1);

        Assert.NotSame(small, ArrayOf(buffer));
        Assert.Equal("first", new string(buffer.WrittenSpan));
        Assert.Same(small, pool.Rent(small.Length));
    }

    [Fact]
    public void Resetting_empties_the_buffer_but_keeps_its_array()
    {
        using var buffer = new PooledBufferWriter<byte>(64);
        buffer.Write("page"u8);
        byte[] array = ArrayOf(buffer);

        buffer.ResetWrittenCount();

        Assert.Equal(0, buffer.WrittenCount);
        Assert.True(buffer.WrittenSpan.IsEmpty);
        buffer.Write("next"u8);
        Assert.Same(array, ArrayOf(buffer));
        Assert.Equal("next"u8.ToArray(), buffer.WrittenSpan.ToArray());
    }

    [Fact]
    public void Advancing_past_what_was_asked_for_is_refused()
    {
        using var buffer = new PooledBufferWriter<byte>(16);
        int free = buffer.GetSpan(1).Length;

        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.Advance(free + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.Advance(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.GetSpan(-1));
    }

    [Fact]
    public void A_disposed_buffer_gives_its_array_back_once_and_refuses_use()
    {
        ArrayPool<byte> pool = ArrayPool<byte>.Create();
        var buffer = new PooledBufferWriter<byte>(4096, pool);
        buffer.Write("x"u8);
        byte[] array = ArrayOf(buffer);

        buffer.Dispose();
        buffer.Dispose();

        Assert.Throws<ObjectDisposedException>(() => buffer.GetSpan());
        Assert.Throws<ObjectDisposedException>(() => buffer.Capacity);
        byte[] first = pool.Rent(4096);
        byte[] second = pool.Rent(4096);
        Assert.Same(array, first);
        Assert.NotSame(first, second);
    }

    private static T[] ArrayOf<T>(PooledBufferWriter<T> buffer)
        where T : unmanaged
    {
        Assert.True(MemoryMarshal.TryGetArray(buffer.WrittenMemory, out ArraySegment<T> segment));
        return segment.Array!;
    }
}
