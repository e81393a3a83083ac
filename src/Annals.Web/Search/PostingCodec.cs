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

        Span<byte> groups = stackalloc byte[MaxPostingLength];
        int count = 0;
        do
        {
            int data = gap & (Continue - 1);
            groups[count] = (byte)Alphabet[count == 0 ? data : data | Continue];
            count++;
            gap >>= DataBits;
        }
        while (gap > 0);

        for (int g = 0; g < count; g++)
        {
            into[g] = groups[count - 1 - g];
        }

        if (impact is { } value)
        {
            into[count++] = (byte)Alphabet[value];
        }

        return count;
    }

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
