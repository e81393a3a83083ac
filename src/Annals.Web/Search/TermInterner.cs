using System.Collections.Concurrent;

namespace Annals.Web.Search;

/// <summary>
/// Numbers every distinct term once, across all documents and threads, so posting lists can live in an array
/// indexed by term number instead of a dictionary looked up millions of times. Numbers depend on thread timing;
/// nothing written depends on them, because terms are sorted by text before anything is written.
/// </summary>
internal sealed class TermInterner
{
    private readonly ConcurrentDictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly Lock _gate = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _terms.Count;
            }
        }
    }

    public string this[int number]
    {
        get
        {
            lock (_gate)
            {
                return _terms[number];
            }
        }
    }

    public int Intern(string term) =>
        _numbers.TryGetValue(term, out int known) ? known : Add(term);

    private int Add(string term)
    {
        lock (_gate)
        {
            if (_numbers.TryGetValue(term, out int known))
            {
                return known;
            }

            int number = _terms.Count;
            _terms.Add(term);
            _numbers[term] = number;
            return number;
        }
    }
}
