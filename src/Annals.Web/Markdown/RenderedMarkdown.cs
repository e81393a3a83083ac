using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using Annals.Web.Images;
using Annals.Web.Text;

namespace Annals.Web.Markdown;

/// <summary>
/// A Markdown body turned into safe HTML, with what later stages need without parsing the HTML again:
/// the plain text of the first paragraph (a default description), the whole plain text (search),
/// every link and image with its line (link checks), and the images of this site it shows (the files to make).
/// </summary>
/// <remarks>
/// The HTML and the plain text are kept as UTF-8, half the memory of .NET strings for the mostly Latin text of an
/// archive: every body stays in memory for the whole build (pages, feeds and search read it), which at 100,000
/// items is gigabytes. Each is decoded when read, which a build does once or twice per body.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Design",
    "CA1001:Types that own disposable fields should be disposable",
    Justification = "A body is shared by documents, caches and views, so none of them can dispose it: its bytes are freed by the finalizer of OffHeapBytes once nothing refers to it.")]
public sealed class RenderedMarkdown : IEquatable<RenderedMarkdown>
{
    /// <summary>The HTML, then the plain text, as UTF-8 in one block outside the collector's heap.</summary>
    private readonly OffHeapBytes _utf8;
    private readonly int _htmlLength;

    public RenderedMarkdown(string html, string firstParagraph, string plainText, ImmutableArray<BodyLink> links)
        : this(
            (html ?? throw new ArgumentNullException(nameof(html))).AsSpan(),
            firstParagraph,
            (plainText ?? throw new ArgumentNullException(nameof(plainText))).AsSpan(),
            links)
    {
    }

    /// <summary>Made from the renderer's buffers: the HTML and plain text are encoded from them, never held as strings.</summary>
    internal RenderedMarkdown(ReadOnlySpan<char> html, string firstParagraph, ReadOnlySpan<char> plainText, ImmutableArray<BodyLink> links)
    {
        ArgumentNullException.ThrowIfNull(firstParagraph);
        int htmlLength = Encoding.UTF8.GetByteCount(html);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(htmlLength + Encoding.UTF8.GetByteCount(plainText));
        int length = Encoding.UTF8.GetBytes(html, buffer);
        length += Encoding.UTF8.GetBytes(plainText, buffer.AsSpan(length));
        _utf8 = new OffHeapBytes(buffer.AsSpan(0, length));
        _htmlLength = htmlLength;
        ArrayPool<byte>.Shared.Return(buffer);
        FirstParagraph = firstParagraph;
        Links = links;
    }

    public string Html => Decode(.._htmlLength);

    /// <summary>The HTML as the UTF-8 it is kept in, for writing it into a page without decoding it.</summary>
    public ReadOnlyMemory<byte> Utf8Html => _utf8.Memory[.._htmlLength];

    /// <summary>Whether the body has any HTML at all (an empty body has none), without decoding it.</summary>
    public bool HasHtml => _htmlLength > 0;

    public string FirstParagraph { get; }

    public string PlainText => Decode(_htmlLength..);

    /// <summary>
    /// <see cref="PlainText"/> decoded into <paramref name="buffer"/>, which is replaced by a larger one when it is too
    /// small: the search index reads every body once, and a string for each was a tenth of a build's allocations.
    /// </summary>
    public Span<char> PlainTextInto(ref char[] buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ReadOnlySpan<byte> utf8 = _utf8.GetSpan()[_htmlLength..];
        // UTF-8 never takes fewer bytes than UTF-16 takes chars, so the byte count is enough room.
        CharArrays.EnsureLength(ref buffer, utf8.Length);

        int length = Encoding.UTF8.GetChars(utf8, buffer);
        GC.KeepAlive(_utf8);
        return buffer.AsSpan(0, length);
    }

    public ImmutableArray<BodyLink> Links { get; }

    /// <summary>The images of this site the body shows as responsive pictures, in order, with the line of each.</summary>
    public ImmutableArray<ImageUse> Images { get; init; } = [];

    public bool Equals(RenderedMarkdown? other) =>
        other is not null
        && _htmlLength == other._htmlLength
        && SameBytes(other)
        && FirstParagraph == other.FirstParagraph
        && Links.SequenceEqual(other.Links)
        && Images.SequenceEqual(other.Images);

    public override bool Equals(object? obj) => Equals(obj as RenderedMarkdown);

    private string Decode(Range part)
    {
        string text = Encoding.UTF8.GetString(_utf8.GetSpan()[part]);
        GC.KeepAlive(_utf8);
        return text;
    }

    private bool SameBytes(RenderedMarkdown other)
    {
        bool same = _utf8.GetSpan().SequenceEqual(other._utf8.GetSpan());
        GC.KeepAlive(_utf8);
        GC.KeepAlive(other._utf8);
        return same;
    }

    public override int GetHashCode() => HashCode.Combine(_htmlLength, FirstParagraph, Links.Length);
}
