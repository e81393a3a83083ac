using Annals.Pipeline.Diagnostics;

namespace Annals.Web.Building;

/// <summary>
/// Passes diagnostics on and keeps a copy, so a cached result can report the same problems again when it is reused:
/// an unchanged file with a warning still shows the warning on every rebuild.
/// </summary>
internal sealed class RecordingSink(IDiagnosticSink target) : IDiagnosticSink
{
    private readonly List<Diagnostic> _recorded = [];

    public void Report(Diagnostic diagnostic)
    {
        target.Report(diagnostic);
        lock (_recorded)
        {
            _recorded.Add(diagnostic);
        }
    }

    public Diagnostic[] ToArray()
    {
        lock (_recorded)
        {
            return [.. _recorded];
        }
    }
}
