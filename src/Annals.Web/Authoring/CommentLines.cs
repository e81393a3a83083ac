using System.Text;

namespace Annals.Web.Authoring;

/// <summary>Writes a long list as YAML comment lines of readable width: <c># Known topics: A, B, C,</c> then <c>#   D, E</c>.</summary>
internal static class CommentLines
{
    private const int Width = 100;

    public static void Append(StringBuilder text, string label, IReadOnlyList<string> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var line = new StringBuilder("# ").Append(label).Append(": ");
        for (int i = 0; i < entries.Count; i++)
        {
            string entry = entries[i] + (i < entries.Count - 1 ? "," : string.Empty);
            if (line.Length + entry.Length > Width && line.Length > 4)
            {
                text.Append(line.ToString().TrimEnd()).Append('\n');
                line.Clear().Append("#   ");
            }

            line.Append(entry).Append(' ');
        }

        text.Append(line.ToString().TrimEnd()).Append('\n');
    }
}
