using System.Collections.Concurrent;

namespace Annals.Web.Search;

/// <summary>
/// One string per distinct term across all documents, looked up by span: the archive repeats a few thousand words
/// millions of times, and a string per occurrence would cost more memory than the whole index.
/// </summary>
internal sealed class TermInterner
{
    private readonly ConcurrentDictionary<string, string> _terms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TermInterner() => _lookup = _terms.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Intern(ReadOnlySpan<char> term)
    {
        if (_lookup.TryGetValue(term, out string? known))
        {
            return known;
        }

        string created = term.ToString();
        return _terms.GetOrAdd(created, created);
    }
}
