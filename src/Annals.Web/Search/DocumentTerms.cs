namespace Annals.Web.Search;

/// <summary>
/// The distinct terms of one document with how often each occurs in each field, and each field's length in terms:
/// what BM25F needs, computed for all documents in parallel before any posting is written.
/// </summary>
internal sealed class DocumentTerms
{
    private DocumentTerms(string[] terms, int[] counts, int[] lengths)
    {
        Terms = terms;
        Counts = counts;
        Lengths = lengths;
    }

    /// <summary>Distinct terms, in the order first met.</summary>
    public string[] Terms { get; }

    /// <summary><c>Counts[t * FieldWeights.Count + field]</c>: occurrences of term <c>t</c> in the field.</summary>
    public int[] Counts { get; }

    /// <summary>Terms per field.</summary>
    public int[] Lengths { get; }

    public ReadOnlySpan<int> CountsOf(int term) => Counts.AsSpan(term * FieldWeights.Count, FieldWeights.Count);

    public static DocumentTerms Of(SearchDocument document, TermInterner interner)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sink = new CountingSink(interner);
        for (int field = 0; field < FieldWeights.Count; field++)
        {
            sink.Field = field;
            SearchTokenizer.Tokenize(document.Fields[field], sink);
        }

        return new DocumentTerms([.. sink.Terms], [.. sink.Counts], sink.Lengths);
    }

    private sealed class CountingSink : ITokenSink
    {
        private readonly TermInterner _interner;
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public CountingSink(TermInterner interner)
        {
            _interner = interner;
            _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public int Field { get; set; }

        public List<string> Terms { get; } = [];

        public List<int> Counts { get; } = [];

        public int[] Lengths { get; } = new int[FieldWeights.Count];

        public void Add(ReadOnlySpan<char> term, bool endsText)
        {
            if (!_lookup.TryGetValue(term, out int position))
            {
                string interned = _interner.Intern(term);
                position = Terms.Count;
                _index.Add(interned, position);
                Terms.Add(interned);
                for (int field = 0; field < FieldWeights.Count; field++)
                {
                    Counts.Add(0);
                }
            }

            Counts[(position * FieldWeights.Count) + Field]++;
            Lengths[Field]++;
        }
    }
}
