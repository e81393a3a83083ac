namespace Annals.Web.Search;

/// <summary>
/// The distinct terms of one document (as <see cref="TermInterner"/> numbers) with how often each occurs in each
/// field, and each field's length in terms: what BM25F needs, computed for all documents in parallel by
/// <see cref="TermCounter"/> before any posting is written.
/// </summary>
internal sealed class DocumentTerms(int[] terms, ushort[] counts, int[] lengths)
{
    /// <summary>Term numbers, in the order first met.</summary>
    public int[] Terms { get; } = terms;

    /// <summary>Terms per field.</summary>
    public int[] Lengths { get; } = lengths;

    /// <summary>
    /// Occurrences of the <paramref name="index"/>-th term of <see cref="Terms"/> in each field, at most 65,535 (a
    /// field's score is saturated long before): every document's counts are held until the index is built, and at
    /// 100,000 items 32-bit counts were half a gigabyte.
    /// </summary>
    public ReadOnlySpan<ushort> CountsOf(int index) => counts.AsSpan(index * FieldWeights.Count, FieldWeights.Count);
}
