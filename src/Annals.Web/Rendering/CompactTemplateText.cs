using System.Text;
using System.Text.RegularExpressions;
using Scriban.Syntax;

namespace Annals.Web.Rendering;

/// <summary>
/// Makes a compiled template write compact HTML while its file stays indented: in the template's own text (never in
/// the values it writes), the indentation at the start of each line and blank lines are dropped, and line breaks
/// become <c>\n</c>. A line break is kept, so words and inline elements on two lines keep the space between them.
/// Text inside <c>&lt;pre&gt;</c> and <c>&lt;textarea&gt;</c> is left as written.
/// </summary>
/// <remarks>
/// This runs once per template when the theme is compiled, not on each page: a 10,000-page build pays nothing for it.
/// </remarks>
internal sealed partial class CompactTemplateText : ScriptVisitor
{
    private bool _inPreformatted;

    public static void Apply(ScriptPage? page)
    {
        if (page is not null)
        {
            new CompactTemplateText().Visit(page);
        }
    }

    public override void Visit(ScriptRawStatement node)
    {
        ArgumentNullException.ThrowIfNull(node);
        string text = node.Text.ToString();
        var compact = new StringBuilder(text.Length);
        int start = 0;

        // The text is cut where a <pre> or <textarea> opens or closes; only the parts outside them are compacted.
        foreach (Match tag in PreformattedTag().Matches(text))
        {
            Append(compact, text[start..tag.Index], atLineStart: start == 0 && node.Span.Start.Column == 0);
            compact.Append(tag.Value);
            _inPreformatted = !tag.Value.StartsWith("</", StringComparison.Ordinal);
            start = tag.Index + tag.Length;
        }

        Append(compact, text[start..], atLineStart: start == 0 && node.Span.Start.Column == 0);
        node.Text = new ScriptStringSlice(compact.ToString());
    }

    private void Append(StringBuilder compact, string part, bool atLineStart)
    {
        if (_inPreformatted)
        {
            compact.Append(part);
            return;
        }

        string text = LineBreakAndIndentation().Replace(part, "\n");
        compact.Append(atLineStart ? text.TrimStart(' ', '\t') : text);
    }

    /// <summary>A line break with the blank lines and indentation that follow it.</summary>
    [GeneratedRegex(@"\r?\n(?:[ \t]*\r?\n)*[ \t]*")]
    private static partial Regex LineBreakAndIndentation();

    [GeneratedRegex(@"</?(?:pre|textarea)(?=[\s>/])[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex PreformattedTag();
}
