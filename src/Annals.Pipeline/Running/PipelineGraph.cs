using System.Collections.Immutable;
using Annals.Pipeline.Modules;

namespace Annals.Pipeline.Running;

/// <summary>
/// The checked, immutable form of a set of pipelines: names unique, every dependency known, no cycles.
/// </summary>
public sealed class PipelineGraph
{
    private PipelineGraph(ImmutableArray<PlannedPipeline> pipelines)
    {
        Pipelines = pipelines;
        ByName = pipelines.ToImmutableDictionary(p => p.Name, StringComparer.Ordinal);
    }

    /// <summary>In dependency order: every pipeline comes after the pipelines it depends on.</summary>
    public ImmutableArray<PlannedPipeline> Pipelines { get; }

    public ImmutableDictionary<string, PlannedPipeline> ByName { get; }

    public static PipelineGraph Build(IEnumerable<Pipeline> pipelines)
    {
        ArgumentNullException.ThrowIfNull(pipelines);
        var byName = new Dictionary<string, Pipeline>(StringComparer.Ordinal);
        var declared = new List<Pipeline>();
        foreach (Pipeline pipeline in pipelines)
        {
            if (!byName.TryAdd(pipeline.Name, pipeline))
            {
                throw new PipelineGraphException($"Two pipelines are named '{pipeline.Name}': pipeline names must be unique.");
            }

            declared.Add(pipeline);
        }

        foreach (Pipeline pipeline in declared)
        {
            foreach (string dependency in pipeline.Dependencies)
            {
                if (!byName.ContainsKey(dependency))
                {
                    string known = string.Join(", ", byName.Keys.Order(StringComparer.Ordinal));
                    throw new PipelineGraphException(
                        $"Pipeline '{pipeline.Name}' depends on '{dependency}', but no pipeline has that name (known pipelines: {known}).");
                }
            }
        }

        var ordered = new List<PlannedPipeline>(declared.Count);
        var state = new Dictionary<string, VisitState>(StringComparer.Ordinal);
        var path = new Stack<string>();
        foreach (Pipeline pipeline in declared)
        {
            Visit(pipeline, byName, state, path, ordered);
        }

        return new PipelineGraph([.. ordered]);
    }

    private static void Visit(
        Pipeline pipeline,
        Dictionary<string, Pipeline> byName,
        Dictionary<string, VisitState> state,
        Stack<string> path,
        List<PlannedPipeline> ordered)
    {
        if (state.TryGetValue(pipeline.Name, out VisitState visit))
        {
            if (visit == VisitState.Done)
            {
                return;
            }

            // The cycle is the part of the current path from the first visit of this pipeline.
            string[] onPath = [.. path.Reverse()];
            int start = Array.IndexOf(onPath, pipeline.Name);
            string cycle = string.Join(" -> ", onPath[start..].Append(pipeline.Name));
            throw new PipelineGraphException($"Pipelines depend on each other in a cycle: {cycle}. Remove one of these dependencies.");
        }

        state[pipeline.Name] = VisitState.InProgress;
        path.Push(pipeline.Name);
        foreach (string dependency in pipeline.Dependencies)
        {
            Visit(byName[dependency], byName, state, path, ordered);
        }

        path.Pop();
        state[pipeline.Name] = VisitState.Done;
        ordered.Add(new PlannedPipeline(
            pipeline.Name,
            [.. pipeline.Dependencies.Distinct(StringComparer.Ordinal)],
            [.. pipeline.Input],
            [.. pipeline.Process],
            [.. pipeline.PostProcess],
            [.. pipeline.Output]));
    }

    private enum VisitState
    {
        InProgress,
        Done,
    }
}
