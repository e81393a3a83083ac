using System.Buffers;
using System.Text;

namespace Annals.Web.Search;

/// <summary>
/// Splits folded text (see <see cref="TextFolding"/>) into search terms. A word is a run of letters and decimal
/// digits (numbers are kept: years, edition numbers). Apostrophes and hyphens inside a word join parts: each part
/// is a term and so is the whole word written without them (<c>long-term</c> gives <c>long</c>, <c>term</c>,
/// <c>longterm</c>), so a reader finds it however they type it. An English possessive is dropped
/// (<c>Order's</c> is <c>order</c>) and so is a one-letter elision (<c>l'homme</c> gives <c>homme</c>, <c>lhomme</c>).
/// Chinese and Japanese characters are written without spaces, so each is a term of its own.
/// <c>theme/assets/js/search.js</c> tokenizes queries with the same rules.
/// </summary>
public static class SearchTokenizer
{
    /// <summary>Longer runs are not words a reader types (encoded data, run-together URLs) and are left out.</summary>
    public const int MaxTermLength = 64;

    private const int MaxParts = 16;

    private enum Kind
    {
        Other,
        Word,
        Ideograph,
        Apostrophe,
        Hyphen,
    }

    /// <summary>Folds <paramref name="text"/> and gives every term to <paramref name="sink"/>, in text order.</summary>
    public static void Tokenize(string text, ITokenSink sink)
    {
        ArgumentNullException.ThrowIfNull(text);
        char[] copy = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            text.CopyTo(copy);
            TokenizeInPlace(copy.AsSpan(0, text.Length), sink);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(copy);
        }
    }

    /// <summary>
    /// Like <see cref="Tokenize(string, ITokenSink)"/> for text in a buffer the caller owns and needs no more (the
    /// search index copies each field into its thread's buffer): plain ASCII, most of an English archive, needs only
    /// lower-casing, done in place at once.
    /// </summary>
    public static void TokenizeInPlace(Span<char> text, ITokenSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        if (System.Text.Ascii.IsValid(text))
        {
            System.Text.Ascii.ToLowerInPlace(text, out _);
            ScanAscii(text, sink);
        }
        else
        {
            Scan(TextFolding.Fold(text.ToString()), sink);
        }
    }

    /// <summary>The terms of a text as strings, for tests and tools.</summary>
    public static IReadOnlyList<string> Terms(string text)
    {
        var sink = new ListSink();
        Tokenize(text, sink);
        return sink.Terms;
    }

    private static void Scan(string folded, ITokenSink sink)
    {
        // Parts of the current word: start, end, and whether an apostrophe (rather than a hyphen) follows.
        Span<int> starts = stackalloc int[MaxParts];
        Span<int> ends = stackalloc int[MaxParts];
        Span<bool> apostropheAfter = stackalloc bool[MaxParts];
        int parts = 0;
        bool open = false;
        int i = 0;
        while (i < folded.Length)
        {
            Kind kind = Classify(folded, i, out int length);
            switch (kind)
            {
                case Kind.Word:
                    if (!open)
                    {
                        if (parts == MaxParts)
                        {
                            Emit(folded, starts, ends, apostropheAfter, parts, sink);
                            parts = 0;
                        }

                        starts[parts] = i;
                        apostropheAfter[parts] = false;
                        parts++;
                        open = true;
                    }

                    ends[parts - 1] = i + length;
                    break;
                case Kind.Apostrophe or Kind.Hyphen when open && i + length < folded.Length && Classify(folded, i + length, out _) == Kind.Word:
                    apostropheAfter[parts - 1] = kind == Kind.Apostrophe;
                    open = false;
                    break;
                default:
                    Emit(folded, starts, ends, apostropheAfter, parts, sink);
                    parts = 0;
                    open = false;
                    if (kind == Kind.Ideograph)
                    {
                        sink.Add(folded.AsSpan(i, length), i + length == folded.Length);
                    }

                    break;
            }

            i += length;
        }

        Emit(folded, starts, ends, apostropheAfter, parts, sink);
    }

    /// <summary>
    /// <see cref="Scan"/> for ASCII text, which is most of an English archive: no folding and no character classes
    /// beyond ASCII letters and digits. It must give exactly what <see cref="Scan"/> gives.
    /// </summary>
    private static void ScanAscii(ReadOnlySpan<char> text, ITokenSink sink)
    {
        Span<int> starts = stackalloc int[MaxParts];
        Span<int> ends = stackalloc int[MaxParts];
        Span<bool> apostropheAfter = stackalloc bool[MaxParts];
        ReadOnlySpan<char> span = text;
        int at = 0;
        while (at < span.Length)
        {
            // Words and the gaps between them are a few characters long: a plain loop finds their ends sooner than
            // a vectorized search, whose setup cost more than the search (7.5 million words at 10,000 items).
            while (at < span.Length && !char.IsAsciiLetterOrDigit(span[at]))
            {
                at++;
            }

            if (at == span.Length)
            {
                break;
            }

            int parts = 0;
            int partStart = at;
            while (true)
            {
                int end = partStart;
                while (end < span.Length && char.IsAsciiLetterOrDigit(span[end]))
                {
                    end++;
                }

                if (parts == MaxParts)
                {
                    Emit(text, starts, ends, apostropheAfter, parts, sink);
                    parts = 0;
                }

                starts[parts] = partStart;
                ends[parts] = end;
                apostropheAfter[parts] = false;
                parts++;
                at = end;
                if (end + 1 < span.Length && span[end] is TextFolding.Apostrophe or TextFolding.Hyphen && char.IsAsciiLetterOrDigit(span[end + 1]))
                {
                    apostropheAfter[parts - 1] = span[end] == TextFolding.Apostrophe;
                    partStart = end + 1;
                    continue;
                }

                break;
            }

            Emit(text, starts, ends, apostropheAfter, parts, sink);
        }
    }

    private static void Emit(ReadOnlySpan<char> text, Span<int> starts, Span<int> ends, Span<bool> apostropheAfter, int parts, ITokenSink sink)
    {
        if (parts == 0)
        {
            return;
        }

        // "order's" is about the Order: the possessive is not a word. (Text arrives here lower-cased.)
        if (parts >= 2 && apostropheAfter[parts - 2] && ends[parts - 1] - starts[parts - 1] == 1 && text[starts[parts - 1]] == 's')
        {
            parts--;
        }

        for (int part = 0; part < parts; part++)
        {
            bool elision = part < parts - 1 && apostropheAfter[part] && ends[part] - starts[part] == 1;
            if (!elision)
            {
                Add(text.Slice(starts[part], ends[part] - starts[part]), ends[part] == text.Length, sink);
            }
        }

        if (parts >= 2)
        {
            int total = 0;
            for (int part = 0; part < parts; part++)
            {
                total += ends[part] - starts[part];
            }

            if (total > MaxTermLength)
            {
                return;
            }

            Span<char> joined = stackalloc char[total];
            int at = 0;
            for (int part = 0; part < parts; part++)
            {
                ReadOnlySpan<char> piece = text.Slice(starts[part], ends[part] - starts[part]);
                piece.CopyTo(joined[at..]);
                at += piece.Length;
            }

            sink.Add(joined, ends[parts - 1] == text.Length);
        }
    }

    private static void Add(ReadOnlySpan<char> term, bool endsText, ITokenSink sink)
    {
        if (term.Length <= MaxTermLength)
        {
            sink.Add(term, endsText);
        }
    }

    /// <summary>The kind of each ASCII character: letters and digits are words, <c>'</c> and <c>-</c> join them.</summary>
    private static ReadOnlySpan<byte> AsciiKinds =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 4, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    private static Kind Classify(string text, int index, out int length)
    {
        char c = text[index];
        if (c < 0x80)
        {
            length = 1;
            return (Kind)AsciiKinds[c];
        }

        if (Rune.DecodeFromUtf16(text.AsSpan(index), out Rune rune, out length) != System.Buffers.OperationStatus.Done)
        {
            length = 1;
            return Kind.Other;
        }

        if (!Rune.IsLetterOrDigit(rune))
        {
            return Kind.Other;
        }

        return IsIdeograph(rune.Value) ? Kind.Ideograph : Kind.Word;
    }

    /// <summary>Han, Hiragana and Katakana: scripts written without spaces between words.</summary>
    private static bool IsIdeograph(int value) =>
        value is (>= 0x3040 and <= 0x30FF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3FFFF);

    private sealed class ListSink : ITokenSink
    {
        public List<string> Terms { get; } = [];

        public void Add(ReadOnlySpan<char> term, bool endsText) => Terms.Add(term.ToString());
    }
}
