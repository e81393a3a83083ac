using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;

namespace Annals.Pipeline.Running;

/// <summary>What a run produced: each pipeline's final documents, every diagnostic, and where the time went.</summary>
public sealed record RunResult(
    ImmutableDictionary<string, ImmutableArray<Document>> Outputs,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<PhaseTiming> Timings,
    bool OutputPhaseRan)
{
    public bool Succeeded => OutputPhaseRan && !Diagnostics.Any(d => d.Severity == Severity.Error);

    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>Total time per pipeline over all its phases, in pipeline order.</summary>
    public IEnumerable<(string Pipeline, TimeSpan Elapsed)> TimePerPipeline() =>
        Timings.GroupBy(t => t.Pipeline, StringComparer.Ordinal)
            .Select(g => (g.Key, TimeSpan.FromTicks(g.Sum(t => t.Elapsed.Ticks))));
}
