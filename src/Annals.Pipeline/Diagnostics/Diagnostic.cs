using System.Globalization;

namespace Annals.Pipeline.Diagnostics;

/// <summary>
/// One problem found during a build, printed as <c>path:line:column: severity CODE: message</c>.
/// The code is stable (e.g. <c>AN0101</c>) so that people and tools can search for it.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation? Location = null)
{
    public static Diagnostic Error(string code, string message, SourceLocation? location = null) =>
        new(Severity.Error, code, message, location);

    public static Diagnostic Warning(string code, string message, SourceLocation? location = null) =>
        new(Severity.Warning, code, message, location);

    public override string ToString()
    {
        string severity = Severity.ToString().ToLowerInvariant();
        string text = string.Create(CultureInfo.InvariantCulture, $"{severity} {Code}: {Message}");
        return Location is { } location ? $"{location}: {text}" : text;
    }
}
