using System.Buffers;
using System.Text;
using Annals.Web.Rendering;

namespace Annals.Web.Tests.Rendering;

public sealed class Utf8ScriptOutputTests
{
    [Fact]
    public void Writes_what_the_template_writes_as_utf8()
    {
        byte[] written = Write(("<p>Genève – ", 0, 12), ("xx Zürich 😀 done</p>xx", 3, 18));

        Assert.Equal("<p>Genève – Zürich 😀 done</p>", Encoding.UTF8.GetString(written));
    }

    [Fact]
    public void A_surrogate_pair_split_between_two_writes_is_encoded_whole()
    {
        string emoji = "😀";

        byte[] written = Write((emoji, 0, 1), (emoji, 1, 1));

        Assert.Equal(Encoding.UTF8.GetBytes(emoji), written);
    }

    [Fact]
    public void Text_longer_than_one_buffer_request_is_written_in_full()
    {
        string text = string.Concat(Enumerable.Repeat("é€a", 40_000));

        byte[] written = Write((text, 0, text.Length));

        Assert.Equal(text, Encoding.UTF8.GetString(written));
    }

    [Fact]
    public void Lone_surrogates_become_replacement_characters_as_with_any_encoder()
    {
        byte[] written = Write(("a\uD83D", 0, 2), ("b", 0, 1), ("\uDE00c", 0, 2), ("d\uD83De", 0, 3));

        Assert.Equal("a\uFFFDb\uFFFDcd\uFFFDe", Encoding.UTF8.GetString(written));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain Genève")]
    [InlineData("<a href=\"x\">Tom & Jerry's</a>")]
    [InlineData("&&<<>>\"\"''")]
    [InlineData("😀 & 😀 < ü")]
    public void Escaped_text_is_the_utf8_of_the_escaped_string(string text)
    {
        var bytes = new ArrayBufferWriter<byte>();
        var output = new Utf8ScriptOutput(bytes);

        output.WriteEscaped(text);
        output.Flush();

        Assert.Equal(HtmlText.Escape(text), Encoding.UTF8.GetString(bytes.WrittenSpan));
    }

    [Fact]
    public void Escaped_text_after_half_a_surrogate_pair_completes_the_pair_first()
    {
        var bytes = new ArrayBufferWriter<byte>();
        var output = new Utf8ScriptOutput(bytes);

        output.Write("😀", 0, 1);
        output.WriteEscaped("\uDE00&");
        output.Flush();

        Assert.Equal("😀&amp;", Encoding.UTF8.GetString(bytes.WrittenSpan));
    }

    /// <summary>Each write as a template makes it (text, offset, count), then the flush that ends a render.</summary>
    private static byte[] Write(params (string Text, int Offset, int Count)[] writes)
    {
        var bytes = new ArrayBufferWriter<byte>();
        var output = new Utf8ScriptOutput(bytes);
        foreach ((string text, int offset, int count) in writes)
        {
            output.Write(text, offset, count);
        }

        output.Flush();
        return bytes.WrittenSpan.ToArray();
    }
}
