using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Pipeline.Running;
using Annals.Pipeline.Tests.Support;
using static Annals.Pipeline.Tests.Support.TestModules;

namespace Annals.Pipeline.Tests.Running;

public sealed class PipelineRunnerOrderTests
{
    [Fact]
    public async Task Modules_of_a_phase_run_in_declaration_order_each_on_the_previous_outputs()
    {
        var log = new EventLog();
        PipelineDefinition pipeline = Runs.Pipeline("p");
        pipeline.Input.Add(Emit("x"));
        pipeline.Process.Add(Record(log, "1"));
        pipeline.Process.Add(Append("-a"));
        pipeline.Process.Add(Record(log, "2"));
        pipeline.Process.Add(Append("-b"));
        pipeline.Process.Add(Record(log, "3"));
        pipeline.Process.Add(Append("-c"));

        RunResult result = await Runs.RunAsync(pipeline);

        Assert.Equal(["1", "2", "3"], log.Events);
        Assert.Equal(["x-a-b-c"], await TextsOf(result.Outputs["p"]));
    }

    [Fact]
    public async Task Phases_of_a_pipeline_run_Input_then_Process_then_PostProcess_then_Output()
    {
        var log = new EventLog();
        PipelineDefinition pipeline = Runs.Pipeline("p");
        pipeline.Output.Add(RecordPhase(log));
        pipeline.PostProcess.Add(RecordPhase(log));
        pipeline.Process.Add(RecordPhase(log));
        pipeline.Input.Add(RecordPhase(log));

        RunResult result = await Runs.RunAsync(pipeline);

        Assert.Equal(["p:Input", "p:Process", "p:PostProcess", "p:Output"], log.Events);
        Assert.True(result.OutputPhaseRan);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Documents_flow_from_each_phase_into_the_next()
    {
        PipelineDefinition pipeline = Runs.Pipeline("p");
        pipeline.Input.Add(Emit("doc"));
        pipeline.Process.Add(Append("+process"));
        pipeline.PostProcess.Add(Append("+post"));
        pipeline.Output.Add(Append("+output"));

        RunResult result = await Runs.RunAsync(pipeline);

        Assert.Equal(["doc+process+post+output"], await TextsOf(result.Outputs["p"]));
    }

    [Fact]
    public async Task A_Process_phase_starts_only_after_the_Process_phases_of_its_dependencies_finished()
    {
        var log = new EventLog();
        TaskCompletionSource dependentStarted = Wait.Signal();
        TaskCompletionSource leafStarted = Wait.Signal();
        IReadOnlyList<string> seenByB = [];
        IReadOnlyList<string> seenByC = [];

        PipelineDefinition a = Runs.Pipeline("A");
        a.Input.Add(Emit("a1", "a2"));
        a.Process.Add(DoAsync(async (_, _) =>
        {
            log.Add("A:start");

            // If the runner started a dependent early, this sees it and the order check below fails.
            await Wait.HappensSoon(dependentStarted.Task).ConfigureAwait(false);
            log.Add("A:end");
        }));

        PipelineDefinition b = Runs.Pipeline("B", "A");
        b.Process.Add(DoAsync(async (_, context) =>
        {
            dependentStarted.TrySetResult();
            log.Add("B:start");
            seenByB = [.. context.OutputsOf("A").Select(d => d.Source!)];
            await Wait.HappensSoon(leafStarted.Task).ConfigureAwait(false);
            log.Add("B:end");
        }));

        PipelineDefinition c = Runs.Pipeline("C", "B");
        c.Process.Add(Do((_, context) =>
        {
            leafStarted.TrySetResult();
            log.Add("C:start");
            seenByC = [.. context.OutputsOf("B").Select(d => d.Source ?? "?")];
        }));

        // Declared in reverse so that declaration order cannot be what orders them.
        RunResult result = await Runs.RunAsync(c, b, a);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        log.AssertBefore("A:end", "B:start");
        log.AssertBefore("B:end", "C:start");
        Assert.Equal(["a1", "a2"], seenByB);
        Assert.Empty(seenByC);
    }

    [Fact]
    public async Task No_PostProcess_phase_starts_before_every_Process_phase_is_done()
    {
        var log = new EventLog();
        TaskCompletionSource postProcessStarted = Wait.Signal();
        IReadOnlyList<string> seenByFastPostProcess = [];

        PipelineDefinition slow = Runs.Pipeline("slow");
        slow.Input.Add(Emit("s"));
        slow.Process.Add(DoAsync(async (_, _) =>
        {
            log.Add("slow:process:start");
            await Wait.HappensSoon(postProcessStarted.Task).ConfigureAwait(false);
            log.Add("slow:process:end");
        }));
        slow.PostProcess.Add(Record(log, "slow:post"));

        PipelineDefinition fast = Runs.Pipeline("fast");
        fast.Process.Add(Record(log, "fast:process"));
        fast.PostProcess.Add(Do((_, context) =>
        {
            postProcessStarted.TrySetResult();
            log.Add("fast:post");
            seenByFastPostProcess = [.. context.OutputsOf("slow").Select(d => d.Source!)];
        }));

        RunResult result = await Runs.RunAsync(slow, fast);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        log.AssertBefore("slow:process:end", "fast:post");
        log.AssertBefore("slow:process:end", "slow:post");
        log.AssertBefore("fast:process", "fast:post");
        Assert.Equal(["s"], seenByFastPostProcess);
    }

    [Fact]
    public async Task Output_phases_start_only_after_every_PostProcess_phase_is_done()
    {
        var log = new EventLog();
        TaskCompletionSource outputStarted = Wait.Signal();

        PipelineDefinition slow = Runs.Pipeline("slow");
        slow.PostProcess.Add(DoAsync(async (_, _) =>
        {
            await Wait.HappensSoon(outputStarted.Task).ConfigureAwait(false);
            log.Add("slow:post:end");
        }));

        PipelineDefinition fast = Runs.Pipeline("fast");
        fast.Output.Add(Do((_, _) =>
        {
            outputStarted.TrySetResult();
            log.Add("fast:output");
        }));

        RunResult result = await Runs.RunAsync(slow, fast);

        Assert.True(result.Succeeded);
        log.AssertBefore("slow:post:end", "fast:output");
    }

    [Fact]
    public async Task Outputs_hold_each_pipelines_final_documents_and_timings_name_each_phase_that_ran()
    {
        PipelineDefinition a = Runs.Pipeline("a");
        a.Input.Add(Emit("1", "2"));
        a.Output.Add(Append("!"));
        PipelineDefinition b = Runs.Pipeline("b");
        b.Process.Add(Emit("3"));

        RunResult result = await Runs.RunAsync(a, b);

        Assert.Equal(["a", "b"], result.Outputs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["1!", "2!"], await TextsOf(result.Outputs["a"]));
        Assert.Equal(["3"], await TextsOf(result.Outputs["b"]));
        Assert.Equal(
            [("a", Phase.Input, 2), ("b", Phase.Process, 1), ("a", Phase.Output, 2)],
            result.Timings.Select(t => (t.Pipeline, t.Phase, t.DocumentCount)));
        Assert.All(result.Timings, t => Assert.True(t.Elapsed >= TimeSpan.Zero));
    }

    [Fact]
    public async Task A_runner_can_run_again_without_state_from_the_previous_run()
    {
        int runs = 0;
        PipelineDefinition pipeline = Runs.Pipeline("p");
        pipeline.Input.Add(new DelegateModule((inputs, _) =>
        {
            int run = Interlocked.Increment(ref runs);
            return Task.FromResult(inputs.Add(new Document($"run{run}", null)));
        }));
        var runner = new PipelineRunner([pipeline]);

        RunResult first = await Wait.For(runner.RunAsync(cancellationToken: TestContext.Current.CancellationToken));
        RunResult second = await Wait.For(runner.RunAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(["run1"], first.Outputs["p"].Select(d => d.Source));
        Assert.Equal(["run2"], second.Outputs["p"].Select(d => d.Source));
    }

    [Fact]
    public async Task Changing_a_pipeline_after_the_runner_was_built_does_not_change_the_run()
    {
        var log = new EventLog();
        PipelineDefinition pipeline = Runs.Pipeline("p");
        pipeline.Process.Add(Record(log, "planned"));
        var runner = new PipelineRunner([pipeline]);
        pipeline.Process.Add(Record(log, "added later"));

        await Wait.For(runner.RunAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(["planned"], log.Events);
    }
}
