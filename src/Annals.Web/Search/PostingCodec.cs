using System.Text;

namespace Annals.Web.Search;

/// <summary>
/// Writes a posting list as a short JSON-safe string, which gzip cannot shrink much further: each document number
/// as the gap from the previous one minus one (so neighbours cost one character), in big-endian groups of 5 bits
/// with a continuation bit, one URL-safe base64 character per group; then, for words, one character for the impact.
/// The client decodes it with <c>decodePostings</c> in <c>search.js</c>.
/// </summary>
public static class PostingCodec
{
    public const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private const int DataBits = 5;
    private const int Continue = 1 << DataBits;

    public static string Encode(IReadOnlyList<int> documents, IReadOnlyList<int>? impacts)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var text = new StringBuilder(documents.Count * (impacts is null ? 1 : 2));
        int previous = -1;
        Span<byte> posting = stackalloc byte[MaxPostingLength];
        for (int i = 0; i < documents.Count; i++)
        {
            int length = WritePosting(previous, documents[i], impacts?[i], posting);
            previous = documents[i];
            foreach (byte character in posting[..length])
            {
                text.Append((char)character);
            }
        }

        return text.ToString();
    }

    /// <summary>The most characters one posting takes: seven 5-bit groups for a 32-bit gap, and the impact.</summary>
    internal const int MaxPostingLength = 8;

    /// <summary>
    /// Writes one posting as ASCII into <paramref name="into"/>: the gap from <paramref name="previous"/> (-1 before
    /// the first) and, for words, the impact. Returns how many characters it wrote.
    /// </summary>
    internal static int WritePosting(int previous, int document, int? impact, Span<byte> into)
    {
        int gap = document - previous - 1;
        if (gap < 0)
        {
            throw new ArgumentException("Document numbers must be strictly ascending.", nameof(document));
        }

        // Written from the last group (the lowest bits, without the continuation bit) back to the first: there are
        // millions of postings in a large archive, and this is the one loop the merge into posting lists runs alone.
        int count = 1;
        for (int rest = gap >> DataBits; rest > 0; rest >>= DataBits)
        {
            count++;
        }

        ReadOnlySpan<byte> alphabet = AlphabetBytes;
        into[count - 1] = alphabet[gap & (Continue - 1)];
        for (int at = count - 2; at >= 0; at--)
        {
            gap >>= DataBits;
            into[at] = alphabet[(gap & (Continue - 1)) | Continue];
        }

        if (impact is { } value)
        {
            into[count++] = alphabet[value];
        }

        return count;
    }

    /// <summary><see cref="Alphabet"/> as the ASCII bytes written.</summary>
    private static ReadOnlySpan<byte> AlphabetBytes => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"u8;

    /// <summary>The inverse of <see cref="Encode"/>, for tests and tools.</summary>
    public static (List<int> Documents, List<int> Impacts) Decode(string text, bool withImpacts)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<int> documents = [];
        List<int> impacts = [];
        int previous = -1;
        int i = 0;
        while (i < text.Length)
        {
            int gap = 0;
            int value;
            do
            {
                value = Alphabet.IndexOf(text[i++], StringComparison.Ordinal);
                gap = (gap << DataBits) | (value & (Continue - 1));
            }
            while ((value & Continue) != 0);

            previous += gap + 1;
            documents.Add(previous);
            if (withImpacts)
            {
                impacts.Add(Alphabet.IndexOf(text[i++], StringComparison.Ordinal));
            }
        }

        return (documents, impacts);
    }
}
