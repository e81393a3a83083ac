using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Annals.Web.Markdown;

/// <summary>Reads the words of a Markdown AST without rendering it: for descriptions, excerpts and search.</summary>
internal static class PlainText
{
    public static string FirstParagraph(MarkdownDocument document)
    {
        ParagraphBlock? first = document.Descendants<ParagraphBlock>().FirstOrDefault(p => p.Parent is MarkdownDocument);
        if (first?.Inline is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        AppendInlines(first.Inline, text);
        return Collapse(text.ToString());
    }

    public static string Of(MarkdownDocument document)
    {
        var text = new StringBuilder();
        foreach (LeafBlock leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is not null)
            {
                AppendInlines(leaf.Inline, text);
            }
            else if (leaf is CodeBlock code)
            {
                text.Append(code.Lines.ToString());
            }

            text.Append('\n');
        }

        return Collapse(text.ToString());
    }

    private static void AppendInlines(ContainerInline container, StringBuilder text)
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
                    text.Append(' ');
                    break;
                case ContainerInline nested:
                    AppendInlines(nested, text);
                    break;
                default:
                    break;
            }
        }
    }

    private static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
