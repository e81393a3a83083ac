using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Spectre.Console;
using PipelineDefinition = Annals.Pipeline.Running.Pipeline;

namespace Annals.Cli;

/// <summary>
/// Shows how far a build is, for builds that last over a second (a quick build prints nothing): a progress bar on a
/// terminal, plain lines naming each finished pipeline otherwise. It counts phases as they finish, with a marker
/// module added at the end of each phase of each pipeline, so the engine needs no progress events.
/// </summary>
internal sealed class BuildProgress(CliEnvironment environment)
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    private readonly ConcurrentQueue<string> _finished = new();
    private int _total;

    /// <summary>Adds the markers to the pipelines a build is about to run.</summary>
    public IList<PipelineDefinition> Track(IList<PipelineDefinition> pipelines)
    {
        ArgumentNullException.ThrowIfNull(pipelines);
        _total = 0;
        foreach (PipelineDefinition pipeline in pipelines)
        {
            foreach (Phase phase in Enum.GetValues<Phase>())
            {
                IList<IModule> modules = pipeline.ModulesOf(phase);
                if (modules.Count > 0)
                {
                    modules.Add(new Marker($"{pipeline.Name} {phase.ToString().ToLowerInvariant()}", _finished));
                    _total++;
                }
            }
        }

        return pipelines;
    }

    /// <summary>Waits for <paramref name="work"/>, showing progress if it takes more than a second.</summary>
    public async Task<T> ShowAsync<T>(Task<T> work, string what)
    {
        ArgumentNullException.ThrowIfNull(work);

        // Times are from here, not from when the lines start a second later, so they match the build's own.
        long started = Stopwatch.GetTimestamp();
        if (!environment.ShowsProgress || await Task.WhenAny(work, Task.Delay(Delay)).ConfigureAwait(false) == work)
        {
            return await work.ConfigureAwait(false);
        }

        if (environment.Interactive)
        {
            await Terminal.For(environment.Error).Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    ProgressTask task = context.AddTask(what, maxValue: Math.Max(1, _total));
                    while (!work.IsCompleted)
                    {
                        while (_finished.TryDequeue(out string? step))
                        {
                            task.Increment(1);
                            task.Description = $"{what}: {step}";
                        }

                        await Task.WhenAny(work, Task.Delay(100)).ConfigureAwait(false);
                    }

                    task.Value = task.MaxValue;
                }).ConfigureAwait(false);
        }
        else
        {
            environment.Error.WriteLine($"{what}...");
            while (!work.IsCompleted)
            {
                await Task.WhenAny(work, Task.Delay(250)).ConfigureAwait(false);
                while (_finished.TryDequeue(out string? step))
                {
                    environment.Error.WriteLine($"  {Stopwatch.GetElapsedTime(started).TotalSeconds,5:0.0} s  {step} done");
                }
            }
        }

        return await work.ConfigureAwait(false);
    }

    private sealed class Marker(string step, ConcurrentQueue<string> finished) : IModule
    {
        public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context)
        {
            finished.Enqueue(step);
            return Task.FromResult(inputs);
        }
    }
}
