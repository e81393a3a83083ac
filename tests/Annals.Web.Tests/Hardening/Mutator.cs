using System.Text;

namespace Annals.Web.Tests.Hardening;

/// <summary>
/// Breaks a content file the ways hurried editing and bad tools do: lines deleted, duplicated or swapped,
/// random bytes, tabs, quotes, brackets, YAML indicators, Markdown syntax, huge values, odd Unicode, hostile
/// paths, a cut-off end. Pure: the same <see cref="Random"/> state gives the same mutation.
/// </summary>
internal static class Mutator
{
    private static readonly string[] Fragments =
    [
        "\t", "\"", "'", "[", "]", "{", "}", ": ", "- ", "*", "&a ", "!x ", "|", ">", "%", "@", "`", "#", "---", "...", "\\",
        "[x](", "![y](", "](javascript:alert(1))", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<", "&amp;",
        "| a | b |\n|---|---|", "[^1]", "\n[^1]: note\n", "# ", "\n```\n", "<https://", "<iframe src=\"https://evil.example\">",
        "\u202E", "\u200B", "\uFEFF", "\u0000", "\u2028", "\u0301", "🕊️", "中文", "العربية", "\uD800", "\r", "\r\n",
        "\nslug: ../../x\n", "\naliases: [/a b, //evil, /../x]\n", "\nimage: /etc/passwd\nimage_alt: x\n", "\nevent: ../../x\n",
        "\ndate: 2024-02-30\n", "\ndate: 9999-12-31T23:59:00-05:00\n", "\ntitle: ~\n", "\ntopics: [\n", "\ndelegation: [{name: [x]}]\n",
        "\nvideo: javascript:alert(1)\n", "\nend: 1999-01-01\n", "\nedition: 99999999999999999999\n", "\nposts_per_page: 0\n",
    ];

    public static byte[] Mutate(string text, Random random)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(random);
        var lines = new List<string>(text.Split('\n'));
        int count = 1 + random.Next(4);
        byte[]? rawInsert = null;

        // Half of the files keep their front matter, so that the Markdown stages see broken bodies too.
        int closing = lines.IndexOf("---", 1);
        int first = closing > 0 && random.Next(2) == 0 ? closing + 1 : 0;
        for (int i = 0; i < count; i++)
        {
            int line = first + random.Next(Math.Max(1, lines.Count - first));
            if (line >= lines.Count)
            {
                lines.Add(string.Empty);
            }

            switch (random.Next(9))
            {
                case 0 when lines.Count > first + 1:
                    lines.RemoveAt(line);
                    break;
                case 1:
                    lines.Insert(line, lines[line]);
                    break;
                case 2:
                    int other = first + random.Next(lines.Count - first);
                    (lines[line], lines[other]) = (lines[other], lines[line]);
                    break;
                case 3:
                    lines[line] = Insert(lines[line], Fragments[random.Next(Fragments.Length)], random);
                    break;
                case 4:
                    lines[line] = Insert(lines[line], Fragments[random.Next(Fragments.Length)] + Fragments[random.Next(Fragments.Length)], random);
                    break;
                case 5:
                    lines[line] = lines[line] + new string((char)('a' + random.Next(26)), random.Next(2) == 0 ? 300 : 70_000);
                    break;
                case 6:
                    rawInsert = [.. Enumerable.Range(0, 1 + random.Next(8)).Select(_ => (byte)random.Next(256))];
                    break;
                case 7:
                    lines[line] = "\t" + lines[line];
                    break;
                default:
                    lines[line] = Insert(lines[line], RandomUnicode(random), random);
                    break;
            }
        }

        byte[] bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        if (first == 0 && random.Next(12) == 0)
        {
            bytes = bytes[..random.Next(bytes.Length + 1)];
        }

        if (rawInsert is not null && first == 0)
        {
            int at = random.Next(bytes.Length + 1);
            bytes = [.. bytes[..at], .. rawInsert, .. bytes[at..]];
        }

        return bytes;
    }

    private static string Insert(string line, string fragment, Random random) => line.Insert(random.Next(line.Length + 1), fragment);

    private static string RandomUnicode(Random random)
    {
        var text = new StringBuilder();
        for (int i = random.Next(1, 6); i > 0; i--)
        {
            int codePoint = random.Next(4) switch
            {
                0 => random.Next(0x20),
                1 => random.Next(0x80, 0x800),
                2 => random.Next(0x800, 0xD800),
                _ => random.Next(0x10000, 0x10FFFF),
            };
            text.Append(char.ConvertFromUtf32(codePoint));
        }

        return text.ToString();
    }
}
