using System.Collections.Immutable;

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
    public string Text(SearchField field) => Fields[(int)field];
}
