using System.Buffers;
using System.Text;

namespace Annals.Web.Markdown;

/// <summary>
/// Removes the characters XML 1.0 forbids (control characters other than tab and line breaks, U+FFFE, U+FFFF,
/// lone surrogates). Raw ones are refused when a file is read; these come from character references in
/// Markdown (<c>&amp;#14;</c>), which Markdig decodes, and would otherwise make the Atom feeds unwritable.
/// </summary>
internal static class XmlSafeText
{
    /// <summary>
    /// The forbidden control characters, apart from U+FFFE and U+FFFF: a set of ASCII characters alone is searched with
    /// a vector bitmap, and one with two more characters outside ASCII took a slower path (every body's HTML and text
    /// is checked).
    /// </summary>
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsClean(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (i + 1 < text.Length && char.IsSurrogatePair(c, text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (!IsForbidden(c) && !char.IsSurrogate(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    /// <summary>Whether <paramref name="text"/> has none of the characters <see cref="Clean"/> removes.</summary>
    public static bool IsClean(ReadOnlySpan<char> text) =>
        text.IndexOfAny(Controls) < 0 && text.IndexOfAnyInRange('\uFFFE', '\uFFFF') < 0 && !HasLoneSurrogate(text);

    private static bool IsForbidden(char c) => Controls.Contains(c) || c is '\uFFFE' or '\uFFFF';

    private static bool HasLoneSurrogate(ReadOnlySpan<char> text)
    {
        int first = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        for (int i = Math.Max(first, 0); first >= 0 && i < text.Length; i++)
        {
            if (i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
