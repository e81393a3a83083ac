using System.Globalization;
using System.Text;

namespace Annals.Web.Search;

/// <summary>
/// Folds text the way both the index and the browser client do, so that <c>Müller</c>, <c>MÜLLER</c> and
/// <c>muller</c> become one term and <c>sao tome</c> finds <c>São Tomé</c>: compatibility decomposition (NFKD),
/// combining marks removed, lower-cased with the invariant culture, and a few letters that have no decomposition
/// spelled out (<c>ß</c>, <c>ø</c>, <c>ł</c>, ...). <c>theme/assets/js/search.js</c> repeats these rules; a change
/// here must be made there too.
/// </summary>
public static class TextFolding
{
    /// <summary>The one apostrophe and the one hyphen the tokenizer sees after folding.</summary>
    public const char Apostrophe = '\'';

    public const char Hyphen = '-';

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Most of the archive is plain ASCII: lower-casing is then all there is to do.
        if (System.Text.Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

        string decomposed = Unify(text).Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        Span<char> encoded = stackalloc char[2];
        foreach (Rune rune in decomposed.EnumerateRunes())
        {
            // Most characters of a text with one accent are still ASCII: no category or case table needed.
            if (rune.IsAscii)
            {
                folded.Append(char.ToLowerInvariant((char)rune.Value));
                continue;
            }

            UnicodeCategory category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            Rune lower = Rune.ToLowerInvariant(rune);
            string? spelled = Spell(lower.Value);
            if (spelled is not null)
            {
                folded.Append(spelled);
            }
            else
            {
                folded.Append(encoded[..lower.EncodeToUtf16(encoded)]);
            }
        }

        return folded.ToString();
    }

    /// <summary>
    /// Before decomposition: every apostrophe and hyphen look-alike becomes the ASCII one (NFKD would turn an acute
    /// accent used as an apostrophe into a space), and invisible characters inside words disappear.
    /// </summary>
    private static string Unify(string text)
    {
        var unified = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            switch (c)
            {
                case '\u2019' or '\u2018' or '\u02BC' or '\u00B4' or '\uFF07':
                    unified.Append(Apostrophe);
                    break;
                case '\u2010' or '\u2011' or '\uFE63' or '\uFF0D':
                    unified.Append(Hyphen);
                    break;
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    break;
                default:
                    unified.Append(c);
                    break;
            }
        }

        return unified.ToString();
    }

    /// <summary>Letters that readers type without their stroke or ligature, and that NFKD leaves alone.</summary>
    private static string? Spell(int codePoint) => codePoint switch
    {
        0x00DF => "ss", // ß
        0x00E6 => "ae", // æ
        0x0153 => "oe", // œ
        0x00F8 => "o", // ø
        0x0111 => "d", // đ
        0x00F0 => "d", // ð
        0x0142 => "l", // ł
        0x00FE => "th", // þ
        0x0131 => "i", // dotless ı
        0x0127 => "h", // ħ
        0x03C2 => "\u03C3", // final sigma: JavaScript lower-cases Σ by position, so both sides use σ
        _ => null,
    };
}
