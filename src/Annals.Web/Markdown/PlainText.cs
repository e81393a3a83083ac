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
    /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> accepts.</summary>
    internal static readonly SearchValues<char> WhiteSpace = SearchValues.Create(
        "\t\n\u000B\u000C\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

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
            Span<char> into = destination.GetSpan(text.Length + 1);
            int written = 0;
            while (!text.IsEmpty)
            {
                // Words are copied whole between the white space found by a vectorized search: a body's text is read
                // for every item, and a character at a time it was a sixth of rendering the Markdown.
                int space = text.IndexOfAny(WhiteSpace);
                ReadOnlySpan<char> word = space < 0 ? text : text[..space];
                if (!word.IsEmpty)
                {
                    if (_spacePending)
                    {
                        into[written++] = ' ';
                        _spacePending = false;
                    }

                    word.CopyTo(into[written..]);
                    written += word.Length;
                    _started = true;
                }

                if (space < 0)
                {
                    break;
                }

                _spacePending = _started;
                text = text[(space + 1)..];
            }

            destination.Advance(written);
        }
    }
}
