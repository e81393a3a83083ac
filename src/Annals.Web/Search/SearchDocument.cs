using System.Collections.Immutable;
using Annals.Web.Markdown;

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
    /// Where the body field's text comes from when it is not in <see cref="Fields"/>: the rendered body, decoded when
    /// the document is indexed, so that only the bodies being tokenized are strings at any time (decoded all at once,
    /// the bodies of 100,000 items are over a gigabyte).
    /// </summary>
    public RenderedMarkdown? BodySource { get; init; }

    public string Text(SearchField field) => field == SearchField.Body && BodySource is { } body ? body.PlainText : Fields[(int)field];

    /// <summary>Like <see cref="Text(SearchField)"/>, with a body from <see cref="BodySource"/> decoded into <paramref name="buffer"/>.</summary>
    public ReadOnlySpan<char> Text(SearchField field, ref char[] buffer) =>
        field == SearchField.Body && BodySource is { } body ? body.PlainTextInto(ref buffer) : Fields[(int)field];
}
