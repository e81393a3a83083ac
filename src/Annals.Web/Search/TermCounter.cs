namespace Annals.Web.Search;

/// <summary>
/// Counts the terms of one document after another on one thread. It keeps, across documents, a map from term text
/// to term number (so the shared <see cref="TermInterner"/> is only asked about words this thread has not met) and a
/// count array indexed by term number (so counting a term is an array increment). One per thread; not thread-safe.
/// </summary>
internal sealed class TermCounter : ITokenSink
{
    private readonly TermInterner _interner;
    private readonly TermNumbers _known = new();
    private readonly List<int> _touched = [];
    private readonly int[] _lengths = new int[FieldWeights.Count];
    private int[] _counts = new int[4096 * FieldWeights.Count];

    /// <summary>For each term number, the last document (counted from 1) it was met in: a term is listed once per document.</summary>
    private int[] _lastDocument = new int[4096];
    private int _document;
    private char[] _text = new char[16 * 1024];
    private int _field;

    public TermCounter(TermInterner interner)
    {
        _interner = interner;
    }

    public DocumentTerms Count(SearchDocument document)
    {
        _document++;
        for (int field = 0; field < FieldWeights.Count; field++)
        {
            _field = field;
            SearchTokenizer.TokenizeInPlace(document.CopyText((SearchField)field, ref _text), this);
        }

        int[] numbers = [.. _touched];
        ushort[] counts = new ushort[numbers.Length * FieldWeights.Count];
        for (int t = 0; t < numbers.Length; t++)
        {
            Span<int> source = _counts.AsSpan(numbers[t] * FieldWeights.Count, FieldWeights.Count);
            for (int field = 0; field < source.Length; field++)
            {
                counts[(t * FieldWeights.Count) + field] = (ushort)Math.Min(source[field], ushort.MaxValue);
            }

            source.Clear();
        }

        var result = new DocumentTerms(numbers, counts, [.. _lengths]);
        _touched.Clear();
        Array.Clear(_lengths);
        return result;
    }

    public void Add(ReadOnlySpan<char> term, bool endsText)
    {
        if (!_known.TryGet(term, out int number))
        {
            string text = term.ToString();
            number = _interner.Intern(text);
            _known.Add(text, number);
        }

        if (number >= _lastDocument.Length)
        {
            int terms = Math.Max(_lastDocument.Length * 2, number + 1);
            Array.Resize(ref _lastDocument, terms);
            Array.Resize(ref _counts, terms * FieldWeights.Count);
        }

        if (_lastDocument[number] != _document)
        {
            _lastDocument[number] = _document;
            _touched.Add(number);
        }

        _counts[(number * FieldWeights.Count) + _field]++;
        _lengths[_field]++;
    }
}
