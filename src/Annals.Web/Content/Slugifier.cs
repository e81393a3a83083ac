using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AnyAscii;

namespace Annals.Web.Content;

/// <summary>
/// Makes URL slugs: lower-case ASCII words joined by '-'. Accents are folded and other scripts are
/// transliterated (AnyAscii: <c>Genève</c> → <c>geneve</c>, <c>Київ</c> → <c>kiiv</c>, <c>中国</c> →
/// <c>zhongguo</c>); apostrophes, straight or curly, separate words like spaces (<c>l'homme</c> → <c>l-homme</c>, as
/// the corpus generator and most slug libraries do); symbols and emoji
/// separate words. A text with nothing left (emoji only) gets a stable slug from a hash of the text.
/// Pure, deterministic and culture-independent: the same title gives the same URL on every machine.
/// </summary>
public static class Slugifier
{
    public static string Slugify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string normalized = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        StringBuilder slug = new(normalized.Length);
        bool separator = false;
        foreach (Rune rune in normalized.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                AppendAscii(slug, (char)rune.Value, ref separator);
            }
            else if (IsApostrophe(rune))
            {
                separator = true;
            }
            else if (IsWordPart(Rune.GetUnicodeCategory(rune)))
            {
                // Symbols are left out on purpose: AnyAscii spells emoji as ":tada:", which makes poor slugs.
                foreach (char c in rune.ToString().Transliterate())
                {
                    AppendAscii(slug, c, ref separator);
                }
            }
            else
            {
                separator = true;
            }
        }

        string result = Cut(slug.ToString());
        if (result.Length == 0)
        {
            return "item-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)))[..8];
        }

        return SlugRules.IsDeviceName(result) ? result + "-1" : result;
    }

    private static void AppendAscii(StringBuilder slug, char c, ref bool separator)
    {
        if (!char.IsAsciiLetterOrDigit(c))
        {
            separator = true;
            return;
        }

        if (separator && slug.Length > 0)
        {
            slug.Append('-');
        }

        separator = false;
        slug.Append(char.ToLowerInvariant(c));
    }

    /// <summary>Cuts at the last word boundary at or before <see cref="SlugRules.MaxLength"/>; a single over-long word is cut hard.</summary>
    private static string Cut(string slug)
    {
        if (slug.Length <= SlugRules.MaxLength)
        {
            return slug;
        }

        int boundary = slug.LastIndexOf('-', SlugRules.MaxLength);
        return boundary > 0 ? slug[..boundary] : slug[..SlugRules.MaxLength];
    }

    private static bool IsApostrophe(Rune rune) =>
        rune.Value is 0x2019 or 0x2018 or 0x02BC or 0x00B4 or 0x2032 or 0xFF07;

    private static bool IsWordPart(UnicodeCategory category) => category is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
}
