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

    public static int Impact(ReadOnlySpan<ushort> counts, ReadOnlySpan<int> lengths, ReadOnlySpan<double> averageLengths)
    {
        Span<int> wide = stackalloc int[FieldWeights.Count];
        for (int field = 0; field < wide.Length; field++)
        {
            wide[field] = counts[field];
        }

        return Impact(wide, lengths, averageLengths);
    }

    public static int Impact(ReadOnlySpan<int> counts, ReadOnlySpan<int> lengths, ReadOnlySpan<double> averageLengths)
    {
        double frequency = 0;
        for (int field = 0; field < FieldWeights.Count; field++)
        {
            if (counts[field] == 0)
            {
                continue;
            }

            double b = B[field];
            double norm = averageLengths[field] > 0 ? 1 - b + (b * lengths[field] / averageLengths[field]) : 1;
            frequency += Weights[field] * counts[field] / norm;
        }

        double saturated = frequency / (FieldWeights.K1 + frequency);
        int impact = (int)Math.Round(saturated * MaxImpact, MidpointRounding.AwayFromZero);
        return Math.Clamp(impact, 1, MaxImpact);
    }
}
