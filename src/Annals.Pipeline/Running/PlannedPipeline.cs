using System.Collections.Immutable;
using Annals.Pipeline.Modules;

namespace Annals.Pipeline.Running;

/// <summary>An immutable copy of one pipeline's configuration.</summary>
public sealed record PlannedPipeline(
    string Name,
    ImmutableArray<string> Dependencies,
    ImmutableArray<IModule> Input,
    ImmutableArray<IModule> Process,
    ImmutableArray<IModule> PostProcess,
    ImmutableArray<IModule> Output)
{
    public ImmutableArray<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        Phase.PostProcess => PostProcess,
        Phase.Output => Output,
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, null),
    };
}
