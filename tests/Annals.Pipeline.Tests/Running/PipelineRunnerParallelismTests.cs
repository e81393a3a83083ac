using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Pipeline.Running;
using Annals.Pipeline.Tests.Support;
using static Annals.Pipeline.Tests.Support.TestModules;

namespace Annals.Pipeline.Tests.Running;

public sealed class PipelineRunnerParallelismTests
{
    [Fact]
    public async Task Input_phases_of_independent_pipelines_run_at_the_same_time()
    {
        TaskCompletionSource aStarted = Wait.Signal();
        TaskCompletionSource bStarted = Wait.Signal();
        bool aSawB = false;
        bool bSawA = false;

        // Each Input waits for the other to have started: a runner that ran them one after the other
        // would let the first one give up after the timeout.
        PipelineDefinition a = Runs.Pipeline("a");
        a.Input.Add(DoAsync(async (_, _) =>
        {
            aStarted.TrySetResult();
            aSawB = await Wait.Happens(bStarted.Task).ConfigureAwait(false);
        }));
        PipelineDefinition b = Runs.Pipeline("b");
        b.Input.Add(DoAsync(async (_, _) =>
        {
            bStarted.TrySetResult();
            bSawA = await Wait.Happens(aStarted.Task).ConfigureAwait(false);
        }));

        RunResult result = await Runs.RunAsync(new RunnerOptions { MaxDegreeOfParallelism = 1 }, a, b);

        Assert.True(result.Succeeded);
        Assert.True(aSawB, "a's Input finished without b's Input having started");
        Assert.True(bSawA, "b's Input finished without a's Input having started");
    }

    [Fact]
    public async Task Input_phases_run_at_the_same_time_even_when_one_pipeline_depends_on_the_other()
    {
        TaskCompletionSource dependentInputStarted = Wait.Signal();
        bool sawDependentInput = false;

        PipelineDefinition a = Runs.Pipeline("a");
        a.Input.Add(DoAsync(async (_, _) => sawDependentInput = await Wait.Happens(dependentInputStarted.Task).ConfigureAwait(false)));
        PipelineDefinition b = Runs.Pipeline("b", "a");
        b.Input.Add(Do((_, _) => dependentInputStarted.TrySetResult()));

        RunResult result = await Runs.RunAsync(a, b);

        Assert.True(result.Succeeded);
        Assert.True(sawDependentInput);
    }

    [Fact]
    public async Task Process_phases_of_independent_pipelines_run_at_the_same_time()
    {
        TaskCompletionSource aStarted = Wait.Signal();
        TaskCompletionSource bStarted = Wait.Signal();
        bool aSawB = false;
        bool bSawA = false;

        PipelineDefinition a = Runs.Pipeline("a");
        a.Process.Add(DoAsync(async (_, _) =>
        {
            aStarted.TrySetResult();
            aSawB = await Wait.Happens(bStarted.Task).ConfigureAwait(false);
        }));
        PipelineDefinition b = Runs.Pipeline("b");
        b.Process.Add(DoAsync(async (_, _) =>
        {
            bStarted.TrySetResult();
            bSawA = await Wait.Happens(aStarted.Task).ConfigureAwait(false);
        }));

        RunResult result = await Runs.RunAsync(a, b);

        Assert.True(result.Succeeded);
        Assert.True(aSawB);
        Assert.True(bSawA);
    }

    [Fact]
    public async Task The_runner_gives_modules_its_degree_of_parallelism_and_ForEachAsync_respects_it()
    {
        const int Limit = 2;
        int inFlight = 0;
        int maxInFlight = 0;
        int contextLimit = 0;
        TaskCompletionSource limitReached = Wait.Signal();
        bool reachedLimit = true;

        PipelineDefinition pipeline = Runs.Pipeline("p");
        pipeline.Input.Add(Emit("1", "2", "3", "4", "5", "6", "7", "8"));
        pipeline.Process.Add(new DelegateModule((inputs, context) =>
        {
            contextLimit = context.MaxDegreeOfParallelism;
            return context.SelectAsync(inputs, async (document, _) =>
            {
                int now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref maxInFlight, now);
                if (now >= Limit)
                {
                    limitReached.TrySetResult();
                }

                // Hold the first items until the limit is reached, then give extra items a chance to start.
                if (!await Wait.Happens(limitReached.Task).ConfigureAwait(false))
                {
                    reachedLimit = false;
                }

                await Wait.HappensSoon(new TaskCompletionSource().Task).ConfigureAwait(false);
                Interlocked.Decrement(ref inFlight);
                return document;
            });
        }));

        RunResult result = await Runs.RunAsync(new RunnerOptions { MaxDegreeOfParallelism = Limit }, pipeline);

        Assert.True(result.Succeeded);
        Assert.Equal(Limit, contextLimit);
        Assert.True(reachedLimit, "the documents never ran two at a time");
        Assert.Equal(Limit, maxInFlight);
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8"], result.Outputs["p"].Select(d => d.Source));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public async Task A_degree_of_parallelism_below_one_is_treated_as_one(int configured)
    {
        int seen = -1;
        PipelineDefinition pipeline = Runs.Pipeline("p");
        pipeline.Input.Add(Emit("1", "2"));
        pipeline.Process.Add(Do((_, context) => seen = context.MaxDegreeOfParallelism));
        pipeline.Process.Add(Append("!"));

        RunResult result = await Runs.RunAsync(new RunnerOptions { MaxDegreeOfParallelism = configured }, pipeline);

        Assert.True(result.Succeeded);
        Assert.Equal(1, seen);
        Assert.Equal(["1!", "2!"], await TextsOf(result.Outputs["p"]));
    }

    [Fact]
    public async Task Per_document_work_of_one_pipeline_fans_out()
    {
        const int Count = 4;
        TaskCompletionSource[] started = [.. Enumerable.Range(0, Count).Select(_ => Wait.Signal())];
        int sawAll = 0;

        PipelineDefinition pipeline = Runs.Pipeline("p");
        pipeline.Input.Add(Emit([.. Enumerable.Range(0, Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))]));
        pipeline.Process.Add(new DelegateModule((inputs, context) => context.SelectAsync(inputs, async (document, _) =>
        {
            int index = int.Parse(document.Source!, System.Globalization.CultureInfo.InvariantCulture);
            started[index].TrySetResult();
            if (await Wait.Happens(Task.WhenAll(started.Select(s => s.Task))).ConfigureAwait(false))
            {
                Interlocked.Increment(ref sawAll);
            }

            return (Document?)document;
        })));

        RunResult result = await Runs.RunAsync(new RunnerOptions { MaxDegreeOfParallelism = Count }, pipeline);

        Assert.True(result.Succeeded);
        Assert.Equal(Count, sawAll);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current = Volatile.Read(ref target);
        while (value > current)
        {
            int previous = Interlocked.CompareExchange(ref target, value, current);
            if (previous == current)
            {
                return;
            }

            current = previous;
        }
    }
}
