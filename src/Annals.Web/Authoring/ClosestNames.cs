namespace Annals.Web.Authoring;

/// <summary>
/// Ranks known ids by how close they are to one that was mistyped (<c>osce-aliance-2024</c> finds
/// <c>osce-alliance-2024</c> first), so that a refusal can offer the ones that were probably meant.
/// </summary>
public static class ClosestNames
{
    /// <param name="wanted">What was typed.</param>
    /// <param name="known">The ids that exist.</param>
    /// <param name="count">How many to return at most.</param>
    public static IReadOnlyList<string> Find(string wanted, IEnumerable<string> known, int count)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(known);
        return [.. known
            .Select(name => (Name: name, Score: Distance(wanted, name) - SharedStart(wanted, name)))
            .OrderBy(c => c.Score)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(c => c.Name)];
    }

    /// <summary>A shared beginning counts a little (ids of one series start alike), never more than the edits.</summary>
    private static int SharedStart(string a, string b)
    {
        int length = 0;
        while (length < a.Length && length < b.Length && a[length] == b[length])
        {
            length++;
        }

        return length / 4;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
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
