using System.Collections.Immutable;

namespace Annals.Web.Search;

/// <summary>
/// Every term of every document (and every filter term) with its posting list, terms in ordinal order, which is
/// the order JavaScript compares strings in, so the client can binary-search the shard map.
/// </summary>
internal sealed class InvertedIndex
{
    private InvertedIndex(int documentCount, ImmutableArray<string> terms, ImmutableArray<PostingList> postings)
    {
        DocumentCount = documentCount;
        Terms = terms;
        Postings = postings;
    }

    public int DocumentCount { get; }

    public ImmutableArray<string> Terms { get; }

    /// <summary>Aligned with <see cref="Terms"/>.</summary>
    public ImmutableArray<PostingList> Postings { get; }

    public static InvertedIndex Build(IReadOnlyList<SearchDocument> documents, int parallelism, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);

        // Tokenizing is nearly all of the work and each document is independent: spread it over the cores, then
        // merge in document order so the result never depends on scheduling.
        var interner = new TermInterner();
        var perDocument = new DocumentTerms[documents.Count];
        Parallel.For(
            0,
            documents.Count,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken },
            () => new TermCounter(interner),
            (i, _, counter) =>
            {
                perDocument[i] = counter.Count(documents[i]);
                return counter;
            },
            _ => { });

        // An impact needs the average field lengths, known only once every document is counted: a second pass.
        double[] averageLengths = AverageLengths(perDocument);
        byte[][] impacts = new byte[perDocument.Length][];
        Parallel.For(
            0,
            perDocument.Length,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken },
            i =>
            {
                DocumentTerms terms = perDocument[i];
                // An impact is 1 to 63 (Bm25F.MaxImpact): a byte each.
                byte[] scores = new byte[terms.Terms.Length];
                Span<double> norms = stackalloc double[FieldWeights.Count];
                Bm25F.Norms(terms.Lengths, averageLengths, norms);
                for (int t = 0; t < scores.Length; t++)
                {
                    scores[t] = (byte)Bm25F.Impact(terms.CountsOf(t), norms);
                }

                impacts[i] = scores;
            });

        var words = new PostingList?[interner.Count];
        for (int document = 0; document < perDocument.Length; document++)
        {
            int[] terms = perDocument[document].Terms;
            for (int t = 0; t < terms.Length; t++)
            {
                PostingList list = words[terms[t]] ??= new PostingList(withImpacts: true);
                list.Add(document, impacts[document][t]);
            }
        }

        var lists = new Dictionary<string, PostingList>(StringComparer.Ordinal);
        for (int number = 0; number < words.Length; number++)
        {
            lists.Add(interner[number], words[number]!);
        }

        for (int document = 0; document < documents.Count; document++)
        {
            foreach (string filter in documents[document].Filters)
            {
                if (!lists.TryGetValue(filter, out PostingList? list))
                {
                    list = new PostingList(withImpacts: false);
                    lists.Add(filter, list);
                }

                if (list.LastDocument != document)
                {
                    list.Add(document, 0);
                }
            }
        }

        string[] sorted = [.. lists.Keys];
        Array.Sort(sorted, StringComparer.Ordinal);
        return new InvertedIndex(documents.Count, [.. sorted], [.. sorted.Select(t => lists[t])]);
    }

    /// <summary>The documents of one term, or null; for tests.</summary>
    public PostingList? Find(string term)
    {
        int at = Terms.BinarySearch(term, StringComparer.Ordinal);
        return at >= 0 ? Postings[at] : null;
    }

    private static double[] AverageLengths(DocumentTerms[] documents)
    {
        double[] averages = new double[FieldWeights.Count];
        if (documents.Length == 0)
        {
            return averages;
        }

        for (int field = 0; field < FieldWeights.Count; field++)
        {
            long total = 0;
            foreach (DocumentTerms document in documents)
            {
                total += document.Lengths[field];
            }

            averages[field] = (double)total / documents.Length;
        }

        return averages;
    }
}
