namespace Annals.Pipeline.Diagnostics;

/// <summary>Where every stage of a build reports its problems. Implementations are thread-safe.</summary>
public interface IDiagnosticSink
{
    void Report(Diagnostic diagnostic);
}
