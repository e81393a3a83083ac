using System.Buffers;
using System.Text;
using Scriban.Runtime;

namespace Annals.Web.Rendering;

/// <summary>
/// A template output that encodes what the template writes straight into UTF-8 bytes. A page is wanted as bytes (to
/// write to a file, or to serve): rendering it into a string first cost a string of twice its size per page, and a
/// builder to grow it in, some 800 MB of short-lived memory over 15,000 pages.
/// </summary>
internal sealed class Utf8ScriptOutput(IBufferWriter<byte> destination) : IScriptOutput
{
    /// <summary>Chunks up to this many characters are encoded in one call, without the encoder's state.</summary>
    private const int WholeChunkLimit = 1 << 14;

    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();

    /// <summary>Whether the encoder may hold the first half of a surrogate pair from the last write.</summary>
    private bool _encoderHoldsHalf;

    public void Write(string text, int offset, int count) => Write(text.AsSpan(offset, count));

    /// <summary>
    /// Writes text HTML-escaped (as <see cref="HtmlText.Escape"/> does), without the escaped copy of it: the text
    /// between the characters to replace is encoded as it is, and each of those as its entity's bytes.
    /// </summary>
    public void WriteEscaped(ReadOnlySpan<char> text)
    {
        int next;
        while ((next = HtmlText.IndexOfSpecial(text)) >= 0)
        {
            Write(text[..next]);
            WriteUtf8(HtmlText.EntityUtf8(text[next]));
            text = text[(next + 1)..];
        }

        Write(text);
    }

    private void Write(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty)
        {
            // Between two entities of escaped text ("&&"): nothing to encode, and nothing held changes.
            return;
        }

        if (!_encoderHoldsHalf && chars.Length <= WholeChunkLimit && !char.IsHighSurrogate(chars[^1]))
        {
            // Most writes are a template's literal HTML or a short value: encoded whole, they need none of the
            // encoder's bookkeeping, which cost as much as the encoding itself.
            int written = Encoding.UTF8.GetBytes(chars, destination.GetSpan(Encoding.UTF8.GetMaxByteCount(chars.Length)));
            destination.Advance(written);
            return;
        }

        _encoderHoldsHalf = char.IsHighSurrogate(chars[^1]);
        while (true)
        {
            Span<byte> bytes = destination.GetSpan(Math.Min(Encoding.UTF8.GetMaxByteCount(chars.Length), 1 << 16));
            // Not flushed: a surrogate pair split between two writes is completed by the next one.
            _encoder.Convert(chars, bytes, flush: false, out int charsUsed, out int bytesUsed, out bool completed);
            destination.Advance(bytesUsed);
            chars = chars[charsUsed..];
            if (completed)
            {
                return;
            }
        }
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Writes bytes that are UTF-8 already, after whatever text came before them.</summary>
    public void WriteUtf8(ReadOnlySpan<byte> utf8)
    {
        if (_encoderHoldsHalf)
        {
            Flush();
        }

        destination.Write(utf8);
    }

    /// <summary>Writes out a lone high surrogate left at the end (as the replacement character, like any encoder).</summary>
    public void Flush()
    {
        Span<byte> bytes = destination.GetSpan(Encoding.UTF8.GetMaxByteCount(1));
        _encoder.Convert([], bytes, flush: true, out _, out int bytesUsed, out _);
        destination.Advance(bytesUsed);
        _encoderHoldsHalf = false;
    }
}
