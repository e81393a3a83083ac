using System.Buffers;
using System.Text;

namespace Annals.Web.Rendering;

/// <summary>
/// Escapes text for HTML element content and quoted attribute values. Only the five characters that matter are
/// replaced (<c>&amp; &lt; &gt; &quot; &#39;</c>), so "Genève" stays readable in the page source.
/// </summary>
public static class HtmlText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int next = text.AsSpan().IndexOfAny(Special);
        if (next < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        int start = 0;
        while (next >= 0)
        {
            int at = start + next;
            builder.Append(text, start, at - start).Append(Entity(text[at]));
            start = at + 1;
            next = text.AsSpan(start).IndexOfAny(Special);
        }

        return builder.Append(text, start, text.Length - start).ToString();
    }

    /// <summary>Where the first character <see cref="Escape"/> replaces is, or -1.</summary>
    internal static int IndexOfSpecial(ReadOnlySpan<char> text) => text.IndexOfAny(Special);

    /// <summary>The entity of a character <see cref="Escape"/> replaces, in UTF-8.</summary>
    internal static ReadOnlySpan<byte> EntityUtf8(char c) => c switch
    {
        '&' => "&amp;"u8,
        '<' => "&lt;"u8,
        '>' => "&gt;"u8,
        '"' => "&quot;"u8,
        _ => "&#39;"u8,
    };

    private static string Entity(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        _ => "&#39;",
    };
}
