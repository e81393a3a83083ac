using Annals.Web.Text;

namespace Annals.Web.Content;

/// <summary>
/// Finds the known key a misspelled one was probably meant to be (<c>tittle</c> → <c>title</c>,
/// <c>Image-Alt</c> → <c>image_alt</c>), so an unknown-key warning can say what to write instead.
/// </summary>
internal static class KeySuggester
{
    public static string? Suggest(string unknown, IEnumerable<string> known)
    {
        string wanted = Normalize(unknown);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in known)
        {
            int distance = EditDistance.Between(wanted, Normalize(candidate));
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        // One edit in a short key, two in a longer one: further than that, a guess misleads more than it helps.
        int allowed = wanted.Length < 5 ? 1 : 2;
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Case, '-' versus '_' and stray quotes (<c>“draft”</c>) are not spelling mistakes.</summary>
    private static string Normalize(string key)
    {
        Span<char> buffer = key.Length <= 128 ? stackalloc char[key.Length] : new char[key.Length];
        int length = 0;
        foreach (char c in key)
        {
            char lower = char.ToLowerInvariant(c);
            if (lower is '-' or ' ' or '_')
            {
                buffer[length++] = '_';
            }
            else if (char.IsAsciiLetterOrDigit(lower))
            {
                buffer[length++] = lower;
            }
        }

        return new string(buffer[..length]);
    }
}
