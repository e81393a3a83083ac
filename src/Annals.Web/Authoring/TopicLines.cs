namespace Annals.Web.Authoring;

/// <summary>
/// Reads the topics of a post from its <c>topics:</c> line without parsing the whole file: <c>annals new</c> lists the
/// topics in use, and parsing 10,000 posts for that would take seconds. Handles <c>topics: [A, B]</c> and a list
/// of <c>- A</c> lines; anything unusual is skipped (the build is what checks files).
/// </summary>
internal static class TopicLines
{
    private const int MaxFrontMatterLines = 200;

    public static IEnumerable<string> Read(string file)
    {
        using var reader = new StreamReader(file);
        if (reader.ReadLine()?.TrimStart('\uFEFF').TrimEnd() != "---")
        {
            yield break;
        }

        bool inList = false;
        for (int n = 0; n < MaxFrontMatterLines && reader.ReadLine() is { } line; n++)
        {
            if (line.TrimEnd() == "---")
            {
                yield break;
            }

            if (inList && line.TrimStart().StartsWith("- ", StringComparison.Ordinal) && char.IsWhiteSpace(line[0]) | line.StartsWith('-'))
            {
                yield return Clean(line.TrimStart()[2..]);
                continue;
            }

            inList = false;
            if (!line.StartsWith("topics:", StringComparison.Ordinal))
            {
                continue;
            }

            string value = line["topics:".Length..].Trim();
            if (value.Length == 0)
            {
                inList = true;
            }
            else if (value.StartsWith('[') && value.EndsWith(']'))
            {
                foreach (string name in value[1..^1].Split(','))
                {
                    if (Clean(name) is { Length: > 0 } clean)
                    {
                        yield return clean;
                    }
                }
            }
        }
    }

    private static string Clean(string name) => name.Trim().Trim('"', '\'').Trim();
}
