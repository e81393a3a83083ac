using System.Globalization;
using System.Text;

namespace Annals.Web.Authoring;

/// <summary>
/// Writes a value for a front-matter line so that it reads back as exactly the text given: plain when that is safe
/// (most titles), else in double quotes with escapes. A value YAML would read as something else (a number, a date,
/// yes/no, a comment, a list) is always quoted.
/// </summary>
public static class YamlText
{
    private static readonly string[] Ambiguous = ["true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"];

    public static string Scalar(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return NeedsQuotes(value) ? Quote(value) : value;
    }

    /// <summary>A flow list, <c>[Human trafficking, OSCE]</c>, each entry quoted when it needs it.</summary>
    public static string FlowList(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return "[" + string.Join(", ", values.Select(v => NeedsQuotes(v) || v.AsSpan().IndexOfAny(",[]{}") >= 0 ? Quote(v) : v)) + "]";
    }

    private static bool NeedsQuotes(string value)
    {
        if (value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            return true;
        }

        if ("-?:,[]{}#&*!|>'\"%@`".Contains(value[0], StringComparison.Ordinal))
        {
            return true;
        }

        if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) || value.EndsWith(':'))
        {
            return true;
        }

        if (value.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF'))
        {
            return true;
        }

        // Numbers and dates would be read as such; yes/no and friends as booleans (YAML 1.1).
        return Ambiguous.Contains(value.ToLowerInvariant(), StringComparer.Ordinal)
            || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            || char.IsAsciiDigit(value[0]);
    }

    private static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"':
                    quoted.Append("\\\"");
                    break;
                case '\\':
                    quoted.Append("\\\\");
                    break;
                case '\n':
                    quoted.Append("\\n");
                    break;
                case '\t':
                    quoted.Append("\\t");
                    break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF')
                    {
                        quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        quoted.Append(c);
                    }

                    break;
            }
        }

        return quoted.Append('"').ToString();
    }
}
