namespace Annals.Web.Content;

/// <summary>
/// Finds the known key a misspelled one was probably meant to be (<c>tittle</c> → <c>title</c>,
/// <c>Image-Alt</c> → <c>image_alt</c>), so an unknown-key warning can say what to write instead.
/// </summary>
internal static class KeySuggester
{
    public static string? Suggest(string unknown, IEnumerable<string> known)
    {
        string wanted = Normalize(unknown);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in known)
        {
            int distance = Distance(wanted, Normalize(candidate));
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        // One edit in a short key, two in a longer one: further than that, a guess misleads more than it helps.
        int allowed = wanted.Length < 5 ? 1 : 2;
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Case, '-' versus '_' and stray quotes (<c>“draft”</c>) are not spelling mistakes.</summary>
    private static string Normalize(string key)
    {
        Span<char> buffer = key.Length <= 128 ? stackalloc char[key.Length] : new char[key.Length];
        int length = 0;
        foreach (char c in key)
        {
            char lower = char.ToLowerInvariant(c);
            if (lower is '-' or ' ' or '_')
            {
                buffer[length++] = '_';
            }
            else if (char.IsAsciiLetterOrDigit(lower))
            {
                buffer[length++] = lower;
            }
        }

        return new string(buffer[..length]);
    }

    /// <summary>Optimal string alignment distance: Levenshtein plus swaps of two neighbours (<c>tilte</c>).</summary>
    private static int Distance(string a, string b)
    {
        int[,] d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
