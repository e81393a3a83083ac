using System.Text;

namespace Annals.Web.Rendering;

/// <summary>
/// HTML that templates write as it is, without escaping: the cleaned Markdown body, the output of a partial,
/// a page's content inside the base layout. Everything else a template writes is HTML-escaped.
/// Only wrap text that was made safe (sanitized or built by our own code).
/// </summary>
/// <remarks>
/// It holds either a string or UTF-8 bytes. Bodies are kept as UTF-8 and pages are written as UTF-8, so a body
/// (or a page's content) goes into the page as bytes, without a string of it being made; <see cref="Html"/> makes
/// one for whatever asks for text. Two values with the same HTML are equal whichever form they hold.
/// </remarks>
public sealed class RawHtml : IEquatable<RawHtml>
{
    public static readonly RawHtml Empty = new(string.Empty);

    private readonly string? _text;
    private readonly ReadOnlyMemory<byte> _utf8;

    public RawHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        _text = html;
    }

    private RawHtml(ReadOnlyMemory<byte> utf8) => _utf8 = utf8;

    /// <summary>HTML given as UTF-8. The bytes are read when the value is written, so they must not change until then.</summary>
    public static RawHtml FromUtf8(ReadOnlyMemory<byte> utf8) => new(utf8);

    public string Html => _text ?? Encoding.UTF8.GetString(_utf8.Span);

    /// <summary>
    /// The HTML as UTF-8 when that is the form it was given in; false for a string. The span may point outside the
    /// collector's heap (a rendered body): keep this value alive until it has been read (<c>GC.KeepAlive</c>).
    /// </summary>
    public bool TryGetUtf8(out ReadOnlySpan<byte> utf8)
    {
        utf8 = _utf8.Span;
        return _text is null;
    }

    public bool Equals(RawHtml? other) =>
        other is not null
        && (_text is null && other._text is null ? _utf8.Span.SequenceEqual(other._utf8.Span) : Html == other.Html);

    public override bool Equals(object? obj) => Equals(obj as RawHtml);

    public override int GetHashCode() => Html.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Html;
}
