using YamlDotNet.Core;

namespace Annals.Web.Content;

/// <summary>
/// Turns a YamlDotNet parse failure into a plain-words message at the line where the mistake really is.
/// YamlDotNet reports a tab used for indentation at line 1 (or at the line before), an unclosed '['
/// at the line after, and sometimes throws without any position; we look at the text ourselves then.
/// Lines and columns returned are relative to the YAML text (1-based).
/// </summary>
internal static class YamlErrorLocator
{
    public static (int Line, int Column, string Message) Locate(Exception exception, string yaml)
    {
        string[] lines = yaml.Split('\n');
        string raw = exception.Message;
        (int line, int column) = exception is YamlException { Start.Line: > 0 } yamlException
            ? ((int)yamlException.Start.Line, (int)yamlException.Start.Column)
            : (0, 0);

        if (raw.Contains("tab", StringComparison.OrdinalIgnoreCase) && FindTabIndentation(lines) is var (tabLine, tabColumn))
        {
            return (tabLine, tabColumn, "a tab is used to indent this line; YAML needs spaces: replace the tab with spaces");
        }

        if (exception is not YamlException
            || raw.Contains("expected ',' or ']'", StringComparison.Ordinal)
            || raw.Contains("expected ',' or '}'", StringComparison.Ordinal))
        {
            if (FindUnclosedBracket(lines) is var (openLine, openColumn, bracket))
            {
                string message = bracket == '['
                    ? "the '[' opened here is never closed: end the list with ']' on the same line, like topics: [OSCE, Human trafficking]"
                    : "the '{' opened here is never closed: end it with '}' on the same line";
                return (openLine, openColumn, message);
            }
        }

        (line, column) = Clamp(line, column, lines);
        string lineText = lines[line - 1];
        if (raw.Contains("quoted scalar", StringComparison.Ordinal))
        {
            return (line, column, "the quotation mark opened here is not closed: end the value with the same quotation mark on this line");
        }

        if (TextAfterClosingQuote(lineText, column))
        {
            return (line, column, "the value starts with a quotation mark but goes on after the closing one: put the whole value in double quotes, like title: \"Droits de l'homme\" (inside single quotes, write '' for an apostrophe)");
        }

        if (raw.Contains("found invalid mapping", StringComparison.Ordinal)
            || raw.Contains("mapping values are not allowed", StringComparison.Ordinal))
        {
            int firstColon = lineText.IndexOf(": ", StringComparison.Ordinal);
            return firstColon >= 0 && firstColon + 1 < column - 1
                ? (line, column, "the value contains ': ', which YAML reads as the start of a new key: put the whole value in quotes, like title: \"Report: OSCE conference\"")
                : (line, column, "this line is indented as if it continued the line above: remove the spaces at the start of the line (or put the value above in quotes)");
        }

        if (raw.Contains("cannot start any token", StringComparison.Ordinal) && column >= 1 && column <= lineText.Length)
        {
            char first = lineText[column - 1];
            return (line, column, $"a value cannot start with '{first}' in YAML: put the whole value in quotes, like \"{first}...\"");
        }

        if (column >= 1 && column <= lineText.Length && lineText[column - 1] is ']' or '}')
        {
            return (line, column, $"there is one '{lineText[column - 1]}' too many here: remove it, or put the whole value in quotes");
        }

        if (ValueStartsWithIndicator(lineText) is { } indicator)
        {
            return (line, column, $"a value cannot start with '{indicator}' in YAML (it marks a reference or a tag): put the whole value in quotes, like \"{indicator}...\"");
        }

        if (raw.Contains("did not find expected key", StringComparison.Ordinal)
            || raw.Contains("did not find expected '-' indicator", StringComparison.Ordinal))
        {
            return (line, column, "this line is not indented like the lines around it: check the spaces at the start of the line (the '- ' items of a list must line up)");
        }

        if (raw.Contains("did not find expected node content", StringComparison.Ordinal))
        {
            return (line, column, "a value here starts with a character YAML reserves (like ']', '}' or ','): put the whole value in quotes");
        }

        return (line, column, "this is not valid YAML (" + raw.TrimEnd('.') + "); check the quotes, colons and indentation");
    }

    /// <summary>True when the line's value starts with a quote and the error lies beyond it (<c>title: 'l'homme'</c>).</summary>
    private static bool TextAfterClosingQuote(string lineText, int column)
    {
        string trimmed = lineText.TrimStart(' ', '-');
        int colon = trimmed.IndexOf(": ", StringComparison.Ordinal);
        string value = (colon >= 0 ? trimmed[(colon + 2)..] : trimmed).TrimStart();
        int valueColumn = lineText.Length - value.Length + 1;
        return value.Length > 0 && value[0] is '"' or '\'' && column > valueColumn;
    }

    /// <summary>The '*', '&amp;' or '!' a line's value starts with (<c>title: *OSCE statement</c>), else null.</summary>
    private static char? ValueStartsWithIndicator(string lineText)
    {
        string trimmed = lineText.TrimStart(' ', '-');
        int colon = trimmed.IndexOf(": ", StringComparison.Ordinal);
        string value = (colon >= 0 ? trimmed[(colon + 2)..] : trimmed).TrimStart();
        return value.Length > 0 && value[0] is '*' or '&' or '!' ? value[0] : null;
    }

    private static (int Line, int Column) Clamp(int line, int column, string[] lines)
    {
        if (line < 1)
        {
            return (1, 0);
        }

        // End-of-text errors point one past the last line; the mistake is on the last line with content.
        while (line > 1 && (line > lines.Length || lines[line - 1].Trim().Length == 0))
        {
            (line, column) = (line - 1, 0);
        }

        return (line, column);
    }

    /// <summary>The first tab inside a line's indentation, list dashes included (<c>-\tx</c>).</summary>
    private static (int Line, int Column)? FindTabIndentation(string[] lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            for (int j = 0; j < line.Length; j++)
            {
                char c = line[j];
                if (c == '\t')
                {
                    return (i + 1, j + 1);
                }

                bool dash = c == '-' && (j + 1 == line.Length || line[j + 1] is ' ' or '\t');
                if (c != ' ' && !dash)
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The outermost '[' or '{' left open at the end of the text. A quote only opens a quoted value where a
    /// value can start, so the apostrophe in <c>l'homme</c> is not mistaken for one.
    /// </summary>
    private static (int Line, int Column, char Bracket)? FindUnclosedBracket(string[] lines)
    {
        Stack<(int Line, int Column, char Bracket)> open = new();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            char quote = '\0';
            char previous = '\0';
            for (int j = 0; j < line.Length; j++)
            {
                char c = line[j];
                if (quote != '\0')
                {
                    if (c == '\\' && quote == '"')
                    {
                        j++;
                    }
                    else if (c == quote)
                    {
                        quote = '\0';
                    }

                    continue;
                }

                if (c == '#' && (j == 0 || line[j - 1] == ' '))
                {
                    break;
                }

                bool valueStart = previous is '\0' or ':' or '-' or '[' or '{' or ',';
                if (c is '"' or '\'' && valueStart)
                {
                    quote = c;
                }
                else if (c is '[' or '{' && (valueStart || open.Count > 0))
                {
                    open.Push((i + 1, j + 1, c));
                }
                else if (c is ']' or '}' && open.Count > 0)
                {
                    open.Pop();
                }

                if (c != ' ')
                {
                    previous = c;
                }
            }
        }

        return open.Count == 0 ? null : open.Last();
    }
}
