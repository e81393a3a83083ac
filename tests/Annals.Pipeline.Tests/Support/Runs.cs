using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Running;

namespace Annals.Pipeline.Tests.Support;

/// <summary>Builds and runs pipelines with a timeout so a broken runner fails instead of hanging.</summary>
internal static class Runs
{
    public static PipelineDefinition Pipeline(string name, params string[] dependencies)
    {
        var pipeline = new PipelineDefinition(name);
        foreach (string dependency in dependencies)
        {
            pipeline.Dependencies.Add(dependency);
        }

        return pipeline;
    }

    public static Task<RunResult> RunAsync(params PipelineDefinition[] pipelines) => RunAsync(null, pipelines);

    public static Task<RunResult> RunAsync(RunnerOptions? options, params PipelineDefinition[] pipelines) =>
        Wait.For(new PipelineRunner(pipelines, options).RunAsync(new DiagnosticBag(), TestContext.Current.CancellationToken));
}
