using System.Buffers;
using Annals.Web.Text;

namespace Annals.Web.Tests.Text;

public sealed class ThreadBuffersTests
{
    [Fact]
    public void A_returned_buffer_is_handed_out_again_empty()
    {
        ArrayBufferWriter<byte> first = ThreadBuffers<byte>.Rent();
        first.Write("page"u8);
        ThreadBuffers<byte>.Return(first);

        ArrayBufferWriter<byte> again = ThreadBuffers<byte>.Rent();

        Assert.Same(first, again);
        Assert.Equal(0, again.WrittenCount);
        ThreadBuffers<byte>.Return(again);
    }

    [Fact]
    public void Buffers_rented_at_once_are_different_ones()
    {
        ArrayBufferWriter<char> html = ThreadBuffers<char>.Rent();
        ArrayBufferWriter<char> text = ThreadBuffers<char>.Rent();
        ArrayBufferWriter<char> paragraph = ThreadBuffers<char>.Rent();

        Assert.NotSame(html, text);
        Assert.NotSame(text, paragraph);
        Assert.NotSame(html, paragraph);
        ThreadBuffers<char>.Return(paragraph);
        ThreadBuffers<char>.Return(text);
        ThreadBuffers<char>.Return(html);
    }

    [Fact]
    public void A_buffer_that_grew_past_the_kept_size_is_let_go()
    {
        ArrayBufferWriter<byte> huge = ThreadBuffers<byte>.Rent();
        huge.GetSpan(ThreadBuffers<byte>.KeptCapacity + 1);
        ThreadBuffers<byte>.Return(huge);

        ArrayBufferWriter<byte> next = ThreadBuffers<byte>.Rent();

        Assert.NotSame(huge, next);
        Assert.True(next.Capacity <= ThreadBuffers<byte>.KeptCapacity);
        ThreadBuffers<byte>.Return(next);
    }
}
