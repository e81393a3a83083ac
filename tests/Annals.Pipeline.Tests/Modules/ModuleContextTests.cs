using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Pipeline.Tests.Support;

namespace Annals.Pipeline.Tests.Modules;

public sealed class ModuleContextTests
{
    private static ImmutableArray<Document> Documents(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Document($"input/{i}.md", null))];

    private static int IndexOf(Document document) =>
        int.Parse(document.Source!["input/".Length..^".md".Length], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task ForEachAsync_runs_documents_concurrently_and_keeps_the_input_order()
    {
        const int Count = 4;
        TaskCompletionSource[] started = [.. Enumerable.Range(0, Count).Select(_ => Wait.Signal())];
        TaskCompletionSource[] finished = [.. Enumerable.Range(0, Count).Select(_ => Wait.Signal())];
        var log = new EventLog();
        ModuleContext context = Contexts.Create(new DiagnosticBag(), maxDegreeOfParallelism: Count);

        // Every document waits until all have started (so they run at the same time), and each one
        // finishes only after the next one did, so they complete in reverse order.
        ImmutableArray<Document> outputs = await Wait.For(context.ForEachAsync(Documents(Count), async (document, _) =>
        {
            int index = IndexOf(document);
            started[index].TrySetResult();
            if (!await Wait.Happens(Task.WhenAll(started.Select(s => s.Task))).ConfigureAwait(false))
            {
                log.Add($"{index} ran alone");
            }

            if (index + 1 < Count)
            {
                await Wait.Happens(finished[index + 1].Task).ConfigureAwait(false);
            }

            log.Add($"{index} done");
            finished[index].TrySetResult();
            return [document.WithText($"out{index}a"), document.WithText($"out{index}b")];
        }));

        Assert.Equal(["3 done", "2 done", "1 done", "0 done"], log.Events);
        Assert.Equal(
            ["out0a", "out0b", "out1a", "out1b", "out2a", "out2b", "out3a", "out3b"],
            await TestModules.TextsOf(outputs));
    }

    [Fact]
    public async Task ForEachAsync_never_runs_more_documents_at_once_than_allowed()
    {
        int inFlight = 0;
        int maxInFlight = 0;
        ModuleContext context = Contexts.Create(new DiagnosticBag(), maxDegreeOfParallelism: 3);

        ImmutableArray<Document> outputs = await Wait.For(context.ForEachAsync(Documents(12), async (document, _) =>
        {
            int now = Interlocked.Increment(ref inFlight);
            int seen;
            do
            {
                seen = Volatile.Read(ref maxInFlight);
            }
            while (now > seen && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen);

            // Gives a fourth document a chance to start if the limit were not applied.
            await Wait.HappensSoon(new TaskCompletionSource().Task).ConfigureAwait(false);
            Interlocked.Decrement(ref inFlight);
            return [document];
        }));

        Assert.Equal(12, outputs.Length);
        Assert.InRange(maxInFlight, 1, 3);
    }

    [Fact]
    public async Task ForEachAsync_reports_a_throwing_document_by_its_source_and_keeps_the_others()
    {
        var bag = new DiagnosticBag();
        ModuleContext context = Contexts.Create(bag);

        ImmutableArray<Document> outputs = await Wait.For(context.ForEachAsync(Documents(3), (document, _) =>
            IndexOf(document) == 1
                ? throw new FormatException("bad date")
                : ValueTask.FromResult<IEnumerable<Document>>([document])));

        Assert.Equal(["input/0.md", "input/2.md"], outputs.Select(d => d.Source));
        Diagnostic error = Assert.Single(bag.ToSortedList());
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(ModuleFailure.Code, error.Code);
        Assert.Equal(new SourceLocation("input/1.md"), error.Location);
        Assert.Contains("FormatException: bad date", error.Message, StringComparison.Ordinal);
        Assert.Contains("'test'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForEachAsync_stops_on_cancellation_without_reporting_it_as_an_error()
    {
        var bag = new DiagnosticBag();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        TaskCompletionSource started = Wait.Signal();
        int cancelledItems = 0;
        ModuleContext context = Contexts.WithToken(bag, cancellation.Token, maxDegreeOfParallelism: 2);

        Task<ImmutableArray<Document>> work = context.ForEachAsync(Documents(6), async (document, token) =>
        {
            started.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref cancelledItems);
                throw;
            }

            return [document];
        });
        await Wait.For(started.Task);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Wait.For(work));
        Assert.InRange(cancelledItems, 1, 2);
        Assert.Empty(bag.ToSortedList());
    }

    [Fact]
    public async Task ForEachAsync_with_an_already_cancelled_token_does_no_work()
    {
        int calls = 0;
        ModuleContext context = Contexts.WithToken(new DiagnosticBag(), new CancellationToken(canceled: true));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Wait.For(context.ForEachAsync(Documents(3), (document, _) =>
        {
            Interlocked.Increment(ref calls);
            return ValueTask.FromResult<IEnumerable<Document>>([document]);
        })));
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task ForEachAsync_on_no_documents_returns_none()
    {
        ModuleContext context = Contexts.Create(new DiagnosticBag());

        ImmutableArray<Document> outputs = await Wait.For(context.ForEachAsync([], (d, _) => ValueTask.FromResult<IEnumerable<Document>>([d])));

        Assert.Empty(outputs);
    }

    [Fact]
    public async Task SelectAsync_maps_one_to_one_and_drops_nulls()
    {
        ModuleContext context = Contexts.Create(new DiagnosticBag());

        ImmutableArray<Document> outputs = await Wait.For(context.SelectAsync(Documents(5), (document, _) =>
            ValueTask.FromResult(IndexOf(document) % 2 == 0 ? document.WithDestination($"{IndexOf(document)}.html") : null)));

        Assert.Equal(["0.html", "2.html", "4.html"], outputs.Select(d => d.Destination));
    }

    [Fact]
    public void OutputsOf_asks_the_run_for_the_named_pipeline()
    {
        ImmutableArray<Document> posts = [new Document("p", null)];
        var asked = new List<string>();
        ModuleContext context = Contexts.Create(new DiagnosticBag(), outputsOf: name =>
        {
            asked.Add(name);
            return posts;
        });

        Assert.Equal(posts, context.OutputsOf("posts"));
        Assert.Equal(["posts"], asked);
    }

    [Fact]
    public void The_context_describes_its_run()
    {
        var bag = new DiagnosticBag();
        using var cancellation = new CancellationTokenSource();
        ModuleContext context = Contexts.WithToken(bag, cancellation.Token, maxDegreeOfParallelism: 7);

        Assert.Same(bag, context.Diagnostics);
        Assert.Equal(7, context.MaxDegreeOfParallelism);
        Assert.Equal(cancellation.Token, context.CancellationToken);
        Assert.Equal("test", context.PipelineName);
        Assert.Equal(Phase.Process, context.Phase);
    }
}
