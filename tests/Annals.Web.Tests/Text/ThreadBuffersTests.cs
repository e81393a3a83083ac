using System.Buffers;
using Annals.Web.Text;

namespace Annals.Web.Tests.Text;

public sealed class ThreadBuffersTests
{
    [Fact]
    public void A_returned_buffer_is_handed_out_again_empty()
    {
        PooledBufferWriter<byte> first = ThreadBuffers<byte>.Rent();
        first.Write("page"u8);
        ThreadBuffers<byte>.Return(first);

        PooledBufferWriter<byte> again = ThreadBuffers<byte>.Rent();

        Assert.Same(first, again);
        Assert.Equal(0, again.WrittenCount);
        ThreadBuffers<byte>.Return(again);
    }

    [Fact]
    public void Buffers_rented_at_once_are_different_ones()
    {
        PooledBufferWriter<char> html = ThreadBuffers<char>.Rent();
        PooledBufferWriter<char> text = ThreadBuffers<char>.Rent();
        PooledBufferWriter<char> paragraph = ThreadBuffers<char>.Rent();

        Assert.NotSame(html, text);
        Assert.NotSame(text, paragraph);
        Assert.NotSame(html, paragraph);
        ThreadBuffers<char>.Return(paragraph);
        ThreadBuffers<char>.Return(text);
        ThreadBuffers<char>.Return(html);
    }

    [Fact]
    public void A_buffer_that_grew_past_the_kept_size_is_let_go_and_disposed()
    {
        PooledBufferWriter<byte> huge = ThreadBuffers<byte>.Rent();
        huge.GetSpan(ThreadBuffers<byte>.KeptCapacity + 1);
        ThreadBuffers<byte>.Return(huge);

        PooledBufferWriter<byte> next = ThreadBuffers<byte>.Rent();

        Assert.NotSame(huge, next);
        Assert.True(next.Capacity <= ThreadBuffers<byte>.KeptCapacity);
        // Disposed, which gives its array back to the pool (PooledBufferWriterTests) for the next huge page.
        Assert.Throws<ObjectDisposedException>(() => huge.GetSpan());
        ThreadBuffers<byte>.Return(next);
    }
}
