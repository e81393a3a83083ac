using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Modules;
using Annals.Pipeline.Running;
using Annals.Pipeline.Tests.Support;
using static Annals.Pipeline.Tests.Support.TestModules;

namespace Annals.Pipeline.Tests.Running;

public sealed class PipelineRunnerCancellationTests
{
    [Fact]
    public async Task Cancelling_during_a_run_throws_OperationCanceledException_and_stops_the_modules()
    {
        var log = new EventLog();
        TaskCompletionSource waiting = Wait.Signal();
        TaskCompletionSource otherWaiting = Wait.Signal();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        PipelineDefinition a = Runs.Pipeline("a");
        a.Input.Add(DoAsync(async (_, context) =>
        {
            try
            {
                waiting.TrySetResult();
                await Task.Delay(Timeout.Infinite, context.CancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                log.Add("a:cancelled");
                throw;
            }
        }));
        a.Process.Add(Record(log, "a:process"));
        a.Output.Add(Record(log, "a:output"));

        PipelineDefinition b = Runs.Pipeline("b");
        b.Process.Add(new DelegateModule((inputs, context) => context.SelectAsync(
            [new Annals.Pipeline.Documents.Document("x", null)],
            async (document, token) =>
            {
                try
                {
                    otherWaiting.TrySetResult();
                    await Task.Delay(Timeout.Infinite, token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    log.Add("b:cancelled");
                    throw;
                }

                return document;
            })));
        b.PostProcess.Add(Record(log, "b:post"));
        b.Output.Add(Record(log, "b:output"));

        var diagnostics = new DiagnosticBag();
        Task<RunResult> run = new PipelineRunner([a, b]).RunAsync(diagnostics, cancellation.Token);
        await Wait.For(waiting.Task);
        await Wait.For(otherWaiting.Task);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Wait.For(run));
        Assert.True(log.Contains("a:cancelled"), log.Describe());
        Assert.True(log.Contains("b:cancelled"), log.Describe());
        Assert.DoesNotContain("a:process", log.Events);
        Assert.DoesNotContain("a:output", log.Events);
        Assert.DoesNotContain("b:post", log.Events);
        Assert.DoesNotContain("b:output", log.Events);
        Assert.Equal(0, diagnostics.ErrorCount);
    }

    [Fact]
    public async Task A_token_cancelled_before_the_run_throws_and_runs_no_module()
    {
        var log = new EventLog();
        PipelineDefinition pipeline = Runs.Pipeline("p");
        pipeline.Input.Add(RecordPhase(log));
        pipeline.Process.Add(RecordPhase(log));
        pipeline.PostProcess.Add(RecordPhase(log));
        pipeline.Output.Add(RecordPhase(log));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Wait.For(new PipelineRunner([pipeline]).RunAsync(cancellationToken: new CancellationToken(canceled: true))));
        Assert.Empty(log.Events);
    }

    [Fact]
    public async Task The_modules_of_a_phase_after_the_cancellation_do_not_run()
    {
        var log = new EventLog();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        PipelineDefinition pipeline = Runs.Pipeline("p");
        pipeline.Process.Add(Record(log, "first"));
        pipeline.Process.Add(Do((_, _) => cancellation.Cancel()));
        pipeline.Process.Add(Record(log, "after cancel"));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Wait.For(new PipelineRunner([pipeline]).RunAsync(cancellationToken: cancellation.Token)));
        Assert.Equal(["first"], log.Events);
    }

    [Fact]
    public async Task An_OperationCanceledException_a_module_throws_on_its_own_is_an_error_not_a_cancellation()
    {
        PipelineDefinition pipeline = Runs.Pipeline("p");
        pipeline.Process.Add(Throw(new OperationCanceledException("a timeout inside the module")));

        RunResult result = await Runs.RunAsync(pipeline);

        Assert.False(result.Succeeded);
        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal(ModuleFailure.Code, error.Code);
        Assert.Contains("a timeout inside the module", error.Message, StringComparison.Ordinal);
    }
}
