using System.Buffers;
using System.Text;

namespace Annals.Web.Markdown;

/// <summary>
/// A <see cref="TextWriter"/> into a growable char buffer that is kept and reused, one per thread: Markdig renders
/// every body through a writer, and a <see cref="StringWriter"/> per body (a builder grown chunk by chunk, then a
/// string of the whole body that was only encoded to UTF-8 and dropped) was a sixth of a build's allocation.
/// </summary>
internal sealed class CharBufferWriter : TextWriter, IBufferWriter<char>
{
    /// <summary>A buffer that grew past this for one huge body is not kept for the next one.</summary>
    private const int KeptCapacity = 1 << 20;

    /// <summary>A render needs three at once: the HTML, the plain text and the first paragraph.</summary>
    private const int KeptPerThread = 3;

    [ThreadStatic]
    private static Stack<CharBufferWriter>? t_idle;

    private ArrayBufferWriter<char> _buffer = new(16 * 1024);

    private CharBufferWriter()
        : base(System.Globalization.CultureInfo.InvariantCulture)
    {
    }

    public override Encoding Encoding => Encoding.Unicode;

    /// <summary>What was written since the writer was rented.</summary>
    public ReadOnlySpan<char> Written => _buffer.WrittenSpan;

    /// <summary>One of the thread's writers, emptied; give it back with <see cref="Return"/>.</summary>
    public static CharBufferWriter Rent()
    {
        if (t_idle is { Count: > 0 } idle)
        {
            CharBufferWriter writer = idle.Pop();
            writer._buffer.ResetWrittenCount();
            return writer;
        }

        return new CharBufferWriter();
    }

    public void Return()
    {
        if (_buffer.Capacity > KeptCapacity)
        {
            _buffer = new ArrayBufferWriter<char>(16 * 1024);
        }

        Stack<CharBufferWriter> idle = t_idle ??= new Stack<CharBufferWriter>(KeptPerThread);
        if (idle.Count < KeptPerThread)
        {
            idle.Push(this);
        }
    }

    public Span<char> GetSpan(int sizeHint = 0) => _buffer.GetSpan(sizeHint);

    public Memory<char> GetMemory(int sizeHint = 0) => _buffer.GetMemory(sizeHint);

    public void Advance(int count) => _buffer.Advance(count);

    public override void Write(char value)
    {
        _buffer.GetSpan(1)[0] = value;
        _buffer.Advance(1);
    }

    public override void Write(char[] buffer, int index, int count) => _buffer.Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer) => _buffer.Write(buffer);

    public override void Write(string? value) => _buffer.Write(value.AsSpan());
}
