using System.Buffers;

namespace Annals.Web.Content;

/// <summary>
/// A file's decoded text, usually in a buffer borrowed from <see cref="ArrayPool{T}.Shared"/> (given back by
/// <see cref="Dispose"/>), or in a string when decoding had to make one. A ref struct, so that the buffer cannot
/// outlive the <c>using</c> that returns it.
/// </summary>
internal ref struct SourceChars
{
    private char[]? _rented;
    private readonly string? _text;
    private readonly int _length;

    public SourceChars(char[] rented, int length)
    {
        _rented = rented;
        _length = length;
    }

    public SourceChars(string text)
    {
        _text = text;
        _length = text.Length;
    }

    /// <summary>False when the file could not be decoded (the reason has been reported).</summary>
    public readonly bool IsValid => _rented is not null || _text is not null;

    public readonly ReadOnlySpan<char> Span => _rented is not null ? _rented.AsSpan(0, _length) : _text.AsSpan();

    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
            _rented = null;
        }
    }
}
