using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Modules;
using Annals.Pipeline.Running;
using Annals.Pipeline.Tests.Support;
using static Annals.Pipeline.Tests.Support.TestModules;

namespace Annals.Pipeline.Tests.Running;

public sealed class PipelineRunnerOutputsOfTests
{
    [Fact]
    public async Task Process_may_read_the_Process_outputs_of_a_declared_dependency()
    {
        string[] seen = [];
        PipelineDefinition posts = Runs.Pipeline("posts");
        posts.Input.Add(Emit("a"));
        posts.Process.Add(Append("+processed"));
        posts.PostProcess.Add(Append("+post"));
        PipelineDefinition archive = Runs.Pipeline("archive", "posts");
        archive.Process.Add(DoAsync(async (_, context) => seen = await TextsOf(context.OutputsOf("posts")).ConfigureAwait(false)));

        RunResult result = await Runs.RunAsync(posts, archive);

        Assert.True(result.Succeeded);
        Assert.Equal(["a+processed"], seen);
    }

    [Fact]
    public async Task Process_reading_a_pipeline_it_does_not_depend_on_is_refused_with_a_clear_message()
    {
        var log = new EventLog();
        PipelineDefinition posts = Runs.Pipeline("posts");
        posts.Input.Add(Emit("a"));
        PipelineDefinition archive = Runs.Pipeline("archive");
        archive.Process.Add(Do((_, context) => log.Add($"read {context.OutputsOf("posts").Length}")));

        RunResult result = await Runs.RunAsync(posts, archive);

        Assert.Empty(log.Events);
        Assert.False(result.Succeeded);
        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal(ModuleFailure.Code, error.Code);
        Assert.Contains(
            "Pipeline 'archive' reads the outputs of 'posts' in its Process phase without declaring it as a dependency. Add \"posts\" to its Dependencies.",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transitive_dependency_must_be_declared_too()
    {
        PipelineDefinition a = Runs.Pipeline("a");
        PipelineDefinition b = Runs.Pipeline("b", "a");
        PipelineDefinition c = Runs.Pipeline("c", "b");
        c.Process.Add(Do((_, context) => context.OutputsOf("a")));

        RunResult result = await Runs.RunAsync(a, b, c);

        Assert.Contains("without declaring it as a dependency", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Input_may_not_read_other_pipelines_because_their_Process_phase_has_not_run_yet()
    {
        PipelineDefinition posts = Runs.Pipeline("posts");
        posts.Input.Add(Emit("a"));
        PipelineDefinition archive = Runs.Pipeline("archive", "posts");
        archive.Input.Add(Do((_, context) => context.OutputsOf("posts")));

        RunResult result = await Runs.RunAsync(posts, archive);

        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Contains("Pipeline 'archive' reads the outputs of 'posts' in its Input phase", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostProcess_and_Output_may_read_any_pipelines_Process_outputs()
    {
        var log = new EventLog();
        PipelineDefinition posts = Runs.Pipeline("posts");
        posts.Input.Add(Emit("a", "b"));
        posts.PostProcess.Add(Emit("added in post"));
        PipelineDefinition links = Runs.Pipeline("links");
        links.PostProcess.Add(Do((_, context) => log.Add("post:" + string.Join(",", context.OutputsOf("posts").Select(d => d.Source)))));
        links.Output.Add(Do((_, context) => log.Add("output:" + string.Join(",", context.OutputsOf("posts").Select(d => d.Source)))));

        RunResult result = await Runs.RunAsync(posts, links);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Equal(["post:a,b", "output:a,b"], log.Events);
    }

    [Fact]
    public async Task Reading_a_pipeline_that_does_not_exist_is_refused_in_any_phase()
    {
        PipelineDefinition pipeline = Runs.Pipeline("p");
        pipeline.PostProcess.Add(Do((_, context) => context.OutputsOf("nope")));

        RunResult result = await Runs.RunAsync(pipeline);

        Assert.Contains(
            "Pipeline 'p' asked for the outputs of 'nope', but no pipeline has that name.",
            Assert.Single(result.Diagnostics).Message,
            StringComparison.Ordinal);
    }
}
