using System.Collections.Immutable;
using Annals.Web.Markdown;
using Annals.Web.Text;

namespace Annals.Web.Search;

/// <summary>
/// One searchable page (a published item or an event): its text by <see cref="SearchField"/>, the filter terms it
/// belongs to (<see cref="FilterTerms"/>), the result it shows, and the day it is numbered by.
/// </summary>
public sealed record SearchDocument(
    DateOnly Date,
    ImmutableArray<string> Fields,
    ImmutableArray<string> Filters,
    SearchFragment Fragment)
{
    /// <summary>
    /// Where the body field's text comes from when it is not in <see cref="Fields"/>: the rendered body, decoded into
    /// the indexing thread's buffer when the document is indexed (decoded all at once, the bodies of 100,000 items
    /// are over a gigabyte).
    /// </summary>
    public RenderedMarkdown? BodySource { get; init; }

    /// <summary>
    /// The text of <paramref name="field"/> copied into <paramref name="buffer"/> (replaced by a larger one when it is
    /// too small), for a tokenizer that may change it; a body from <see cref="BodySource"/> is decoded straight into it.
    /// </summary>
    public Span<char> CopyText(SearchField field, ref char[] buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        if (field == SearchField.Body && BodySource is { } body)
        {
            return body.PlainTextInto(ref buffer);
        }

        string text = Fields[(int)field];
        CharArrays.EnsureLength(ref buffer, text.Length);

        text.CopyTo(buffer);
        return buffer.AsSpan(0, text.Length);
    }
}
