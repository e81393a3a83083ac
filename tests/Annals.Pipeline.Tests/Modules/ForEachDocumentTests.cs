using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Pipeline.Tests.Support;

namespace Annals.Pipeline.Tests.Modules;

public sealed class ForEachDocumentTests
{
    private static readonly MetadataKey<string> Trail = new("trail");

    [Fact]
    public async Task Gives_what_the_steps_give_one_after_another_in_the_inputs_order()
    {
        ImmutableArray<Document> inputs = Numbered(40);
        var mark = new Step("a", drop: null);
        var dropOdd = new Step("b", drop: n => n % 2 == 1);
        var last = new Step("c", drop: null);

        ImmutableArray<Document> fused = await Wait.For(new ForEachDocument(mark, dropOdd, last).ExecuteAsync(inputs, Contexts.Create(new DiagnosticBag())));
        ImmutableArray<Document> inTurn = inputs;
        foreach (IModule module in new IModule[] { mark, dropOdd, last })
        {
            inTurn = await Wait.For(module.ExecuteAsync(inTurn, Contexts.Create(new DiagnosticBag())));
        }

        Assert.Equal(inTurn.Select(d => (d.Source, d.Get(Trail))), fused.Select(d => (d.Source, d.Get(Trail))));
        Assert.Equal(20, fused.Length);
        Assert.All(fused, d => Assert.Equal("abc", d.Get(Trail)));
    }

    [Fact]
    public async Task A_document_a_step_drops_goes_through_no_later_step()
    {
        var dropAll = new Step("a", drop: _ => true);
        var after = new Step("b", drop: null);

        ImmutableArray<Document> outputs = await Wait.For(new ForEachDocument(dropAll, after).ExecuteAsync(Numbered(5), Contexts.Create(new DiagnosticBag())));

        Assert.Empty(outputs);
        Assert.Empty(after.Seen);
    }

    [Fact]
    public async Task Each_document_goes_through_every_step_before_the_first_step_has_seen_them_all()
    {
        // One core: the second step sees the first document before the first step sees the second.
        var first = new Step("a", drop: null);
        var second = new Step("b", drop: null, log: first.Seen);
        ModuleContext context = Contexts.Create(new DiagnosticBag(), maxDegreeOfParallelism: 1);

        await Wait.For(new ForEachDocument(first, second).ExecuteAsync(Numbered(3), context));

        Assert.Equal(["a 00", "b 00", "a 01", "b 01", "a 02", "b 02"], first.Seen);
    }

    [Fact]
    public async Task Each_step_is_prepared_once_per_run()
    {
        var step = new Step("a", drop: null);

        await Wait.For(new ForEachDocument(step).ExecuteAsync(Numbered(10), Contexts.Create(new DiagnosticBag())));

        Assert.Equal(1, step.Prepared);
    }

    private static ImmutableArray<Document> Numbered(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Document(i.ToString("D2", CultureInfo.InvariantCulture), null).With(Trail, string.Empty))];

    /// <summary>Appends its name to each document's trail, and drops the documents <c>drop</c> says.</summary>
    private sealed class Step(string name, Func<int, bool>? drop, ConcurrentQueue<string>? log = null) : IDocumentStep
    {
        public ConcurrentQueue<string> Seen { get; } = log ?? new ConcurrentQueue<string>();

        public int Prepared { get; private set; }

        public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context) =>
            context.SelectAsync(inputs, Prepare(context));

        public Func<Document, CancellationToken, ValueTask<Document?>> Prepare(ModuleContext context)
        {
            Prepared++;
            return (document, _) =>
            {
                Seen.Enqueue($"{name} {document.Source}");
                bool dropped = drop?.Invoke(int.Parse(document.Source!, CultureInfo.InvariantCulture)) ?? false;
                return ValueTask.FromResult(dropped ? null : document.With(Trail, document.Get(Trail) + name));
            };
        }
    }
}
