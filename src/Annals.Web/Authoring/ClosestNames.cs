using Annals.Web.Text;

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
            .Select(name => (Name: name, Score: EditDistance.Between(wanted, name) - SharedStart(wanted, name)))
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
}
