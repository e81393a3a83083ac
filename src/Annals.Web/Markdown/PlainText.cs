using System.Buffers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Annals.Web.Markdown;

/// <summary>
/// Reads the words of a Markdown AST without rendering it: for descriptions, excerpts and search. Runs of white
/// space become one space, and none is left at either end.
/// </summary>
internal static class PlainText
{
    /// <summary>The characters outside ASCII that <see cref="char.IsWhiteSpace(char)"/> accepts.</summary>
    internal static readonly SearchValues<char> NonAsciiWhiteSpace = SearchValues.Create(
        "\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    public static string FirstParagraph(MarkdownDocument document)
    {
        ParagraphBlock? first = document.Descendants<ParagraphBlock>().FirstOrDefault(p => p.Parent is MarkdownDocument);
        if (first?.Inline is null)
        {
            return string.Empty;
        }

        CharBufferWriter buffer = CharBufferWriter.Rent();
        try
        {
            var text = new CollapsingText(buffer);
            AppendInlines(first.Inline, ref text);
            return new string(buffer.Written);
        }
        finally
        {
            buffer.Return();
        }
    }

    /// <summary>Writes the plain text of <paramref name="document"/> into <paramref name="destination"/>.</summary>
    public static void Write(MarkdownDocument document, CharBufferWriter destination)
    {
        var text = new CollapsingText(destination);
        foreach (LeafBlock leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is not null)
            {
                AppendInlines(leaf.Inline, ref text);
            }
            else if (leaf is CodeBlock code)
            {
                text.Append(code.Lines.ToString());
            }

            text.Append(" ");
        }
    }

    private static void AppendInlines(ContainerInline container, ref CollapsingText text)
    {
        foreach (Inline inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    // "&amp;", "&nbsp;", "&#233;": the character it stands for.
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline:
                    text.Append(" ");
                    break;
                case ContainerInline nested:
                    AppendInlines(nested, ref text);
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>Writes text with its white space collapsed as it comes, so no uncollapsed copy is made.</summary>
    private ref struct CollapsingText(CharBufferWriter destination)
    {
        private bool _spacePending;
        private bool _started;

        public void Append(ReadOnlySpan<char> text)
        {
            if (IsSingleSpaced(text))
            {
                AppendSingleSpaced(text);
                return;
            }

            Span<char> into = destination.GetSpan(text.Length + 1);
            int written = 0;
            foreach (char c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    _spacePending = _started;
                    continue;
                }

                if (_spacePending)
                {
                    into[written++] = ' ';
                    _spacePending = false;
                }

                into[written++] = c;
                _started = true;
            }

            destination.Advance(written);
        }

        /// <summary>
        /// Whether the only white space in <paramref name="text"/> is single spaces, as in most of a body's text:
        /// it is then copied whole, after three vectorized searches, instead of a character at a time (which was a
        /// sixth of rendering the Markdown).
        /// </summary>
        private static bool IsSingleSpaced(ReadOnlySpan<char> text) =>
            text.IndexOfAnyInRange('\u0000', '\u001F') < 0
            && text.IndexOf("  ", StringComparison.Ordinal) < 0
            && (text.IndexOfAnyExceptInRange('\u0000', '\u007F') < 0 || text.IndexOfAny(NonAsciiWhiteSpace) < 0);

        private void AppendSingleSpaced(ReadOnlySpan<char> text)
        {
            if (text.StartsWith(' '))
            {
                _spacePending = _started;
                text = text[1..];
            }

            bool spaceAfter = text.EndsWith(' ');
            if (spaceAfter)
            {
                text = text[..^1];
            }

            if (!text.IsEmpty)
            {
                Span<char> into = destination.GetSpan(text.Length + 1);
                int written = 0;
                if (_spacePending)
                {
                    into[written++] = ' ';
                    _spacePending = false;
                }

                text.CopyTo(into[written..]);
                destination.Advance(written + text.Length);
                _started = true;
            }

            if (spaceAfter)
            {
                _spacePending = _started;
            }
        }
    }
}
