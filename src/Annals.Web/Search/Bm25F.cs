namespace Annals.Web.Search;

/// <summary>
/// Scores a term in a document with BM25F at build time: the field counts are length-normalized, weighted and summed
/// into one frequency, which is saturated with <see cref="FieldWeights.K1"/> and quantized into an impact of 1 to
/// <see cref="MaxImpact"/> (one character of a posting). The browser multiplies it by the term's IDF, which it works
/// out from the posting list, so the index never stores a score that depends on other terms.
/// </summary>
internal static class Bm25F
{
    public const int MaxImpact = 63;

    private static readonly double[] Weights = [.. Enumerable.Range(0, FieldWeights.Count).Select(f => FieldWeights.Weight((SearchField)f))];
    private static readonly double[] B = [.. Enumerable.Range(0, FieldWeights.Count).Select(f => FieldWeights.LengthNormalization((SearchField)f))];

    /// <summary>Scores a term from its count in each field, with the document's field lengths.</summary>
    public static int Impact(ReadOnlySpan<ushort> counts, ReadOnlySpan<int> lengths, ReadOnlySpan<double> averageLengths)
    {
        Span<double> norms = stackalloc double[FieldWeights.Count];
        Norms(lengths, averageLengths, norms);
        return Impact(counts, norms);
    }

    /// <summary>
    /// Each field's length normalization in one document. It is the same for all the document's terms, so a build
    /// works it out once per document, not once per term (some three million times at 10,000 items).
    /// </summary>
    public static void Norms(ReadOnlySpan<int> lengths, ReadOnlySpan<double> averageLengths, Span<double> norms)
    {
        for (int field = 0; field < FieldWeights.Count; field++)
        {
            double b = B[field];
            norms[field] = averageLengths[field] > 0 ? 1 - b + (b * lengths[field] / averageLengths[field]) : 1;
        }
    }

    /// <summary>Scores a term from its count in each field, with the document's <see cref="Norms"/>.</summary>
    public static int Impact(ReadOnlySpan<ushort> counts, ReadOnlySpan<double> norms)
    {
        double frequency = 0;
        for (int field = 0; field < FieldWeights.Count; field++)
        {
            if (counts[field] == 0)
            {
                continue;
            }

            frequency += Weights[field] * counts[field] / norms[field];
        }

        double saturated = frequency / (FieldWeights.K1 + frequency);
        int impact = (int)Math.Round(saturated * MaxImpact, MidpointRounding.AwayFromZero);
        return Math.Clamp(impact, 1, MaxImpact);
    }
}
