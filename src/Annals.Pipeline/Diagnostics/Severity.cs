namespace Annals.Pipeline.Diagnostics;

/// <summary>How serious a reported problem is. Errors stop the build before anything is written.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
