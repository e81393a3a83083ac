using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;

namespace Annals.Pipeline.Running;

/// <summary>
/// Runs a <see cref="PipelineGraph"/>: all Input phases at once; each Process phase as soon as its own
/// Input and its dependencies' Process phases are done; PostProcess once every Process is done; Output
/// last, and only if nothing reported an error. A pipeline whose module throws is reported (with the
/// file being worked on when known) and the pipelines that depend on it are skipped, so one crash
/// does not bury the real problem under follow-on errors.
/// </summary>
public sealed class PipelineRunner(PipelineGraph graph, RunnerOptions? options = null)
{
    private readonly RunnerOptions _options = options ?? new RunnerOptions();

    public PipelineRunner(IEnumerable<Pipeline> pipelines, RunnerOptions? options = null)
        : this(PipelineGraph.Build(pipelines), options)
    {
    }

    public PipelineGraph Graph { get; } = graph;

    public async Task<RunResult> RunAsync(DiagnosticBag? diagnostics = null, CancellationToken cancellationToken = default)
    {
        var run = new Run(Graph, _options, diagnostics ?? new DiagnosticBag(), cancellationToken);
        return await run.ExecuteAsync().ConfigureAwait(false);
    }

    /// <summary>The state of one run; a runner may be used for many runs.</summary>
    private sealed class Run(PipelineGraph graph, RunnerOptions options, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        private readonly ConcurrentDictionary<string, ImmutableArray<Document>> _processOutputs = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, ImmutableArray<Document>> _finalOutputs = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, bool> _faulted = new(StringComparer.Ordinal);
        private readonly ConcurrentQueue<PhaseTiming> _timings = new();

        public async Task<RunResult> ExecuteAsync()
        {
            var inputTasks = graph.Pipelines.ToDictionary(
                p => p.Name,
                p => Task.Run(() => RunPhaseAsync(p, Phase.Input, []), cancellationToken),
                StringComparer.Ordinal);

            var processTasks = new Dictionary<string, Task<ImmutableArray<Document>>>(StringComparer.Ordinal);
            foreach (PlannedPipeline pipeline in graph.Pipelines)
            {
                // Dependency order guarantees the dependencies' tasks already exist.
                Task<ImmutableArray<Document>>[] waitFor = [.. pipeline.Dependencies.Select(d => processTasks[d])];
                Task<ImmutableArray<Document>> input = inputTasks[pipeline.Name];
                processTasks[pipeline.Name] = Task.Run(
                    async () =>
                    {
                        await Task.WhenAll(waitFor).ConfigureAwait(false);
                        ImmutableArray<Document> documents = await input.ConfigureAwait(false);
                        ImmutableArray<Document> outputs = DependsOnFaulted(pipeline)
                            ? []
                            : await RunPhaseAsync(pipeline, Phase.Process, documents).ConfigureAwait(false);
                        _processOutputs[pipeline.Name] = outputs;
                        return outputs;
                    },
                    cancellationToken);
            }

            await Task.WhenAll(processTasks.Values).ConfigureAwait(false);

            var postProcessTasks = graph.Pipelines.Select(p => Task.Run(
                async () => _finalOutputs[p.Name] = DependsOnFaulted(p)
                    ? []
                    : await RunPhaseAsync(p, Phase.PostProcess, _processOutputs[p.Name]).ConfigureAwait(false),
                cancellationToken));
            await Task.WhenAll(postProcessTasks).ConfigureAwait(false);

            bool blocked = diagnostics.HasErrors || (options.WarningsAreErrors && diagnostics.WarningCount > 0);
            if (!blocked)
            {
                var outputTasks = graph.Pipelines.Select(p => Task.Run(
                    async () => _finalOutputs[p.Name] = await RunPhaseAsync(p, Phase.Output, _finalOutputs[p.Name]).ConfigureAwait(false),
                    cancellationToken));
                await Task.WhenAll(outputTasks).ConfigureAwait(false);
            }

            return new RunResult(
                _finalOutputs.ToImmutableDictionary(StringComparer.Ordinal),
                diagnostics.ToSortedList(),
                [.. _timings.OrderBy(t => t.Phase).ThenBy(t => t.Pipeline, StringComparer.Ordinal)],
                OutputPhaseRan: !blocked);
        }

        private bool DependsOnFaulted(PlannedPipeline pipeline) =>
            _faulted.ContainsKey(pipeline.Name) || pipeline.Dependencies.Any(d => DependsOnFaulted(graph.ByName[d]));

        private async Task<ImmutableArray<Document>> RunPhaseAsync(PlannedPipeline pipeline, Phase phase, ImmutableArray<Document> documents)
        {
            ImmutableArray<IModule> modules = pipeline.ModulesOf(phase);
            if (modules.IsEmpty)
            {
                return documents;
            }

            var context = new ModuleContext(
                pipeline.Name,
                phase,
                diagnostics,
                name => OutputsVisibleTo(pipeline, phase, name),
                Math.Max(1, options.MaxDegreeOfParallelism),
                cancellationToken);
            long started = Stopwatch.GetTimestamp();
            try
            {
                foreach (IModule module in modules)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    documents = await module.ExecuteAsync(documents, context).ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                _faulted[pipeline.Name] = true;
                Document? culprit = exception is DocumentException documentException ? documentException.Document : null;
                diagnostics.Report(ModuleFailure.For(culprit, pipeline.Name, exception));
                documents = [];
            }
            finally
            {
                _timings.Enqueue(new PhaseTiming(pipeline.Name, phase, Stopwatch.GetElapsedTime(started), documents.Length));
            }

            return documents;
        }

        private ImmutableArray<Document> OutputsVisibleTo(PlannedPipeline reader, Phase phase, string name)
        {
            if (!graph.ByName.ContainsKey(name))
            {
                throw new InvalidOperationException($"Pipeline '{reader.Name}' asked for the outputs of '{name}', but no pipeline has that name.");
            }

            if (phase == Phase.Input)
            {
                throw new InvalidOperationException(
                    $"Pipeline '{reader.Name}' reads the outputs of '{name}' in its Input phase, before any Process phase has run. Read them in its Process phase (with \"{name}\" in its Dependencies) or later.");
            }

            if (phase == Phase.Process && !reader.Dependencies.Contains(name, StringComparer.Ordinal))
            {
                throw new InvalidOperationException(
                    $"Pipeline '{reader.Name}' reads the outputs of '{name}' in its {phase} phase without declaring it as a dependency. Add \"{name}\" to its Dependencies.");
            }

            return _processOutputs.TryGetValue(name, out ImmutableArray<Document> outputs) ? outputs : [];
        }
    }
}
