namespace Annals.Web.Search;

/// <summary>The documents a term occurs in, in ascending order, with the term's impact in each (none for filters).</summary>
internal sealed class PostingList(bool withImpacts)
{
    public List<int> Documents { get; } = [];

    public List<int>? Impacts { get; } = withImpacts ? [] : null;

    public void Add(int document, int impact)
    {
        Documents.Add(document);
        Impacts?.Add(impact);
    }
}
