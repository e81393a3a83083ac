namespace Annals.Pipeline.Running;

/// <summary>How a run behaves; the defaults suit a normal build.</summary>
public sealed record RunnerOptions
{
    /// <summary>How many documents may be worked on at once; defaults to the number of cores.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>When true (<c>--strict</c>), a warning stops the run before Output like an error.</summary>
    public bool WarningsAreErrors { get; init; }
}
