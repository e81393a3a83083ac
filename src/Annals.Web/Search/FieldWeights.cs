namespace Annals.Web.Search;

/// <summary>
/// BM25F parameters: how much a field counts (<see cref="Weight"/>) and how much a long field is discounted against
/// fields of average length (<see cref="LengthNormalization"/>, BM25's <c>b</c>). Title and topics weigh above summary,
/// which weighs above the body. Topics are not length-normalized: an item with three topics is not less about each.
/// </summary>
public static class FieldWeights
{
    public const int Count = 5;

    /// <summary>BM25's saturation: how fast repeating a word stops adding to its score.</summary>
    public const double K1 = 1.2;

    public static double Weight(SearchField field) => field switch
    {
        SearchField.Title => 5.0,
        SearchField.Topics => 4.0,
        SearchField.Summary => 2.0,
        SearchField.Meta => 2.0,
        _ => 1.0,
    };

    public static double LengthNormalization(SearchField field) => field switch
    {
        SearchField.Title => 0.3,
        SearchField.Topics => 0.0,
        SearchField.Summary => 0.5,
        SearchField.Meta => 0.5,
        _ => 0.75,
    };
}
