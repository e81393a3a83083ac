namespace Annals.Web.Search;

/// <summary>
/// One thread's map from a term's text to its number, looked up with the characters of the text being tokenized, so
/// a word already met costs no string. It is asked once per word of the archive (7.5 million times at 10,000 items):
/// an open-addressing table with the hash of each entry kept beside it finds a word with one hash, a compare of
/// lengths and one of characters, where <see cref="Dictionary{TKey, TValue}"/>'s lookup by span went through an
/// interface call per step. Not thread-safe.
/// </summary>
internal sealed class TermNumbers
{
    private string?[] _terms = new string?[1024];
    private int[] _hashes = new int[1024];
    private int[] _numbers = new int[1024];
    private int _count;

    public bool TryGet(ReadOnlySpan<char> term, out int number)
    {
        int hash = HashOf(term);
        int mask = _terms.Length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            string? known = _terms[slot];
            if (known is null)
            {
                number = -1;
                return false;
            }

            if (_hashes[slot] == hash && term.SequenceEqual(known))
            {
                number = _numbers[slot];
                return true;
            }
        }
    }

    /// <summary>Adds a term not in the table (see <see cref="TryGet"/>).</summary>
    public void Add(string term, int number)
    {
        ArgumentNullException.ThrowIfNull(term);

        // At most half full: probe runs stay short.
        if ((_count + 1) * 2 > _terms.Length)
        {
            Grow();
        }

        Place(term, HashOf(term), number);
        _count++;
    }

    /// <summary>FNV-1a over the characters: terms are short, and a table of one thread's words needs no defence against chosen collisions.</summary>
    private static int HashOf(ReadOnlySpan<char> term)
    {
        uint hash = 2166136261;
        foreach (char c in term)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)(hash ^ (hash >> 15));
    }

    private void Place(string term, int hash, int number)
    {
        int mask = _terms.Length - 1;
        int slot = hash & mask;
        while (_terms[slot] is not null)
        {
            slot = (slot + 1) & mask;
        }

        _terms[slot] = term;
        _hashes[slot] = hash;
        _numbers[slot] = number;
    }

    private void Grow()
    {
        string?[] terms = _terms;
        int[] hashes = _hashes;
        int[] numbers = _numbers;
        _terms = new string?[terms.Length * 2];
        _hashes = new int[terms.Length * 2];
        _numbers = new int[terms.Length * 2];
        for (int i = 0; i < terms.Length; i++)
        {
            if (terms[i] is { } term)
            {
                Place(term, hashes[i], numbers[i]);
            }
        }
    }
}
