using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Pipeline.Tests.Support;

namespace Annals.Pipeline.Tests.Modules;

public sealed class DelegateModuleTests
{
    [Fact]
    public async Task Runs_its_delegate_with_the_inputs_and_the_context()
    {
        ModuleContext context = Contexts.Create(new DiagnosticBag());
        ImmutableArray<Document> inputs = [new Document("a", null)];
        ModuleContext? seenContext = null;
        var module = new DelegateModule((documents, moduleContext) =>
        {
            seenContext = moduleContext;
            return Task.FromResult(documents.Add(new Document("b", null)));
        });

        ImmutableArray<Document> outputs = await Wait.For(module.ExecuteAsync(inputs, context));

        Assert.Same(context, seenContext);
        Assert.Equal(["a", "b"], outputs.Select(d => d.Source));
    }

    [Fact]
    public async Task ForEach_transforms_every_document_keeps_order_and_drops_nulls()
    {
        ModuleContext context = Contexts.Create(new DiagnosticBag());
        ImmutableArray<Document> inputs = [.. Enumerable.Range(0, 20).Select(i => new Document(i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), null))];
        DelegateModule module = DelegateModule.ForEach((document, _) =>
            document.Source!.EndsWith('3') ? null : document.WithDestination(document.Source + ".html"));

        ImmutableArray<Document> outputs = await Wait.For(module.ExecuteAsync(inputs, context));

        string[] expected = [.. inputs.Select(d => d.Source!).Where(s => !s.EndsWith('3')).Select(s => s + ".html")];
        Assert.Equal(expected, outputs.Select(d => d.Destination));
    }

    [Fact]
    public void ForEach_needs_a_transform()
    {
        Assert.Throws<ArgumentNullException>(() => DelegateModule.ForEach(null!));
    }
}
