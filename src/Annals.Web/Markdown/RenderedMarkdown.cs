using System.Collections.Immutable;
using System.Text;
using Annals.Web.Images;

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
public sealed class RenderedMarkdown : IEquatable<RenderedMarkdown>
{
    private readonly byte[] _html;
    private readonly byte[] _plainText;

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
        _html = Utf8(html);
        _plainText = Utf8(plainText);
        FirstParagraph = firstParagraph;
        Links = links;
    }

    public string Html => Encoding.UTF8.GetString(_html);

    /// <summary>The HTML as the UTF-8 it is kept in, for writing it into a page without decoding it.</summary>
    public ReadOnlyMemory<byte> Utf8Html => _html;

    /// <summary>Whether the body has any HTML at all (an empty body has none), without decoding it.</summary>
    public bool HasHtml => _html.Length > 0;

    public string FirstParagraph { get; }

    public string PlainText => Encoding.UTF8.GetString(_plainText);

    public ImmutableArray<BodyLink> Links { get; }

    /// <summary>The images of this site the body shows as responsive pictures, in order, with the line of each.</summary>
    public ImmutableArray<ImageUse> Images { get; init; } = [];

    public bool Equals(RenderedMarkdown? other) =>
        other is not null
        && _html.AsSpan().SequenceEqual(other._html)
        && _plainText.AsSpan().SequenceEqual(other._plainText)
        && FirstParagraph == other.FirstParagraph
        && Links.SequenceEqual(other.Links)
        && Images.SequenceEqual(other.Images);

    public override bool Equals(object? obj) => Equals(obj as RenderedMarkdown);

    /// <remarks>
    /// On the pinned object heap, which the garbage collector never compacts: the bodies are most of what a build
    /// holds (a gigabyte at 100,000 items) and live until its pages are written, so each compacting collection used to
    /// copy them into fresh memory again. At 100,000 items the build took 60 s instead of 62-67 s with 300 MiB less
    /// at its peak; at 10,000 the same time (a few more, cheaper full collections).
    /// </remarks>
    private static byte[] Utf8(ReadOnlySpan<char> text)
    {
        byte[] bytes = GC.AllocateUninitializedArray<byte>(Encoding.UTF8.GetByteCount(text), pinned: true);
        Encoding.UTF8.GetBytes(text, bytes);
        return bytes;
    }

    public override int GetHashCode() => HashCode.Combine(_html.Length, FirstParagraph, Links.Length);
}
