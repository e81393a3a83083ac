namespace Annals.Pipeline.Running;

/// <summary>How long one phase of one pipeline took, and how many documents it produced.</summary>
public sealed record PhaseTiming(string Pipeline, Modules.Phase Phase, TimeSpan Elapsed, int DocumentCount);
