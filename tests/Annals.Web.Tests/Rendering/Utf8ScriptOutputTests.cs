using System.Buffers;
using System.Text;
using Annals.Web.Rendering;

namespace Annals.Web.Tests.Rendering;

public sealed class Utf8ScriptOutputTests
{
    [Fact]
    public void Writes_what_the_template_writes_as_utf8()
    {
        var bytes = new ArrayBufferWriter<byte>();
        var output = new Utf8ScriptOutput(bytes);

        output.Write("<p>Genève – ", 0, 12);
        output.Write("xx Zürich 😀 done</p>xx", 3, 18);
        output.Flush();

        Assert.Equal("<p>Genève – Zürich 😀 done</p>", Encoding.UTF8.GetString(bytes.WrittenSpan));
    }

    [Fact]
    public void A_surrogate_pair_split_between_two_writes_is_encoded_whole()
    {
        var bytes = new ArrayBufferWriter<byte>();
        var output = new Utf8ScriptOutput(bytes);
        string emoji = "😀";

        output.Write(emoji, 0, 1);
        output.Write(emoji, 1, 1);
        output.Flush();

        Assert.Equal(Encoding.UTF8.GetBytes(emoji), bytes.WrittenSpan.ToArray());
    }

    [Fact]
    public void Text_longer_than_one_buffer_request_is_written_in_full()
    {
        var bytes = new ArrayBufferWriter<byte>();
        var output = new Utf8ScriptOutput(bytes);
        string text = string.Concat(Enumerable.Repeat("é€a", 40_000));

        output.Write(text, 0, text.Length);
        output.Flush();

        Assert.Equal(text, Encoding.UTF8.GetString(bytes.WrittenSpan));
    }

    [Fact]
    public void Lone_surrogates_become_replacement_characters_as_with_any_encoder()
    {
        var bytes = new ArrayBufferWriter<byte>();
        var output = new Utf8ScriptOutput(bytes);

        output.Write("a\uD83D", 0, 2);
        output.Write("b", 0, 1);
        output.Write("\uDE00c", 0, 2);
        output.Write("d\uD83De", 0, 3);
        output.Flush();

        Assert.Equal("a\uFFFDb\uFFFDcd\uFFFDe", Encoding.UTF8.GetString(bytes.WrittenSpan));
    }
}
