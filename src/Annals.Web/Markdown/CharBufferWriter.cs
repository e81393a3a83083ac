using System.Buffers;
using System.Text;
using Annals.Web.Text;

namespace Annals.Web.Markdown;

/// <summary>
/// A <see cref="TextWriter"/> into one of the thread's kept char buffers (<see cref="ThreadBuffers{T}"/>): Markdig
/// renders every body through a writer, and a <see cref="StringWriter"/> per body (a builder grown chunk by chunk,
/// then a string of the whole body that was only encoded to UTF-8 and dropped) was a sixth of a build's allocation.
/// </summary>
internal sealed class CharBufferWriter : TextWriter, IBufferWriter<char>
{
    private readonly PooledBufferWriter<char> _buffer = ThreadBuffers<char>.Rent();

    private CharBufferWriter()
        : base(System.Globalization.CultureInfo.InvariantCulture)
    {
    }

    public override Encoding Encoding => Encoding.Unicode;

    /// <summary>What was written since the writer was rented.</summary>
    public ReadOnlySpan<char> Written => _buffer.WrittenSpan;

    /// <summary>A writer over an empty buffer of the thread's; give the buffer back with <see cref="Return"/>.</summary>
    public static CharBufferWriter Rent() => new();

    /// <summary>Gives the buffer back to the thread; what was written must not be read after this.</summary>
    public void Return() => ThreadBuffers<char>.Return(_buffer);

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
