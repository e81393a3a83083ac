using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Annals.Web.Markdown;

/// <summary>
/// Reads the words of a Markdown AST without rendering it: for descriptions, excerpts and search. Runs of white
/// space become one space, and none is left at either end.
/// </summary>
internal static class PlainText
{
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
    }
}
