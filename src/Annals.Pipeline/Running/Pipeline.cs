using Annals.Pipeline.Modules;

namespace Annals.Pipeline.Running;

/// <summary>
/// A named list of modules per phase, and the pipelines whose Process outputs it reads.
/// A pipeline is configuration: the runner copies it into an immutable plan before running.
/// </summary>
public sealed class Pipeline
{
    public Pipeline(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    public string Name { get; }

    public IList<string> Dependencies { get; } = [];

    public IList<IModule> Input { get; } = [];

    public IList<IModule> Process { get; } = [];

    public IList<IModule> PostProcess { get; } = [];

    public IList<IModule> Output { get; } = [];

    public IList<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        Phase.PostProcess => PostProcess,
        Phase.Output => Output,
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, null),
    };

    public override string ToString() => Name;
}
