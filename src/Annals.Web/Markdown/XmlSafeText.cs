using System.Text;
using Annals.Web.Text;

namespace Annals.Web.Markdown;

/// <summary>
/// Removes the characters XML 1.0 forbids (control characters other than tab and line breaks, U+FFFE, U+FFFF,
/// lone surrogates). Raw ones are refused when a file is read; these come from character references in
/// Markdown (<c>&amp;#14;</c>), which Markdig decodes, and would otherwise make the Atom feeds unwritable.
/// </summary>
internal static class XmlSafeText
{
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
            else if (!XmlForbidden.Contains(c) && !char.IsSurrogate(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    /// <summary>Whether <paramref name="text"/> has none of the characters <see cref="Clean"/> removes.</summary>
    public static bool IsClean(ReadOnlySpan<char> text) => XmlForbidden.IndexOf(text) < 0 && !HasLoneSurrogate(text);

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
