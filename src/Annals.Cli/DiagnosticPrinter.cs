using System.Globalization;
using Annals.Pipeline.Diagnostics;
using Spectre.Console;

namespace Annals.Cli;

/// <summary>
/// Prints diagnostics for people: the line tools grep for (<c>path:line:column: severity CODE: message</c>, always
/// first and unchanged), then the offending line of the file with a caret under the column, then a hint. On a
/// terminal the severity is coloured; redirected or with <c>NO_COLOR</c>, the same text comes without colour codes.
/// </summary>
internal sealed class DiagnosticPrinter(CliEnvironment environment, string displayRoot)
{
    private readonly SourceExcerpt _excerpts = new(displayRoot);
    private readonly IAnsiConsole? _console = environment.Interactive ? Terminal.For(environment.Error) : null;

    public void Print(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        TextWriter error = environment.Error;
        if (_console is null)
        {
            error.WriteLine(diagnostic.ToString());
        }
        else
        {
            string colour = diagnostic.Severity switch { Severity.Error => "red bold", Severity.Warning => "yellow bold", _ => "blue" };
            string where = diagnostic.Location is { } at ? $"[bold]{Markup.Escape(at.ToString())}[/]: " : string.Empty;
            string severity = diagnostic.Severity.ToString().ToLowerInvariant();
            _console.MarkupLine($"{where}[{colour}]{severity}[/] [dim]{diagnostic.Code}[/]: {Markup.Escape(diagnostic.Message)}");
        }

        if (diagnostic.Location is { Line: > 0 } location && _excerpts.Line(location.Path, location.Line, location.Column) is { } line)
        {
            string number = location.Line.ToString(CultureInfo.InvariantCulture);
            string gutter = new(' ', number.Length);
            Write($"  {number} | ", line.Text, null);
            if (line.Caret >= 0)
            {
                Write($"  {gutter} | ", new string(' ', line.Caret) + "^", diagnostic.Severity == Severity.Error ? "red bold" : "yellow bold");
            }
        }

        if (DiagnosticHints.For(diagnostic.Code) is { } hint)
        {
            Write("  hint: ", hint, "green");
        }
    }

    private void Write(string prefix, string text, string? style)
    {
        if (_console is null)
        {
            environment.Error.WriteLine(prefix + text);
        }
        else
        {
            string body = style is null ? Markup.Escape(text) : $"[{style}]{Markup.Escape(text)}[/]";
            _console.MarkupLine($"[dim]{Markup.Escape(prefix)}[/]{body}");
        }
    }
}
