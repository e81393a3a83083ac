using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Running;

namespace Annals.Web.Building;

/// <summary>What a build did: its diagnostics, how many files it wrote, and where the time went.</summary>
public sealed record BuildReport(
    ImmutableArray<Diagnostic> Diagnostics,
    int PagesWritten,
    int FilesWritten,
    TimeSpan Elapsed,
    ImmutableArray<PhaseTiming> Timings,
    bool Succeeded)
{
    /// <summary>True when nothing changed since the last build and the output folder was left as it was.</summary>
    public bool UpToDate { get; init; }

    /// <summary>Of <see cref="PagesWritten"/>, the pages copied from the last build's output instead of rendered.</summary>
    public int PagesCopied { get; init; }

    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
