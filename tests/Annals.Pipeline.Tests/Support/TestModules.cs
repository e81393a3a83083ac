using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;

namespace Annals.Pipeline.Tests.Support;

/// <summary>Small modules to build test pipelines from.</summary>
internal static class TestModules
{
    /// <summary>Adds one document per source path to the inputs.</summary>
    public static IModule Emit(params string[] sources) =>
        new DelegateModule((inputs, _) => Task.FromResult(inputs.AddRange(sources.Select(s => new Document(s, null, DocumentContent.FromText(s))))));

    /// <summary>Records <paramref name="name"/> and passes the inputs on.</summary>
    public static IModule Record(EventLog log, string name) => Do((_, _) => log.Add(name));

    /// <summary>Records "pipeline:phase" from the context and passes the inputs on.</summary>
    public static IModule RecordPhase(EventLog log) => Do((_, context) => log.Add($"{context.PipelineName}:{context.Phase}"));

    /// <summary>Runs <paramref name="action"/> and passes the inputs on.</summary>
    public static IModule Do(Action<ImmutableArray<Document>, ModuleContext> action) =>
        new DelegateModule((inputs, context) =>
        {
            action(inputs, context);
            return Task.FromResult(inputs);
        });

    /// <summary>Awaits <paramref name="action"/> and passes the inputs on.</summary>
    public static IModule DoAsync(Func<ImmutableArray<Document>, ModuleContext, Task> action) =>
        new DelegateModule(async (inputs, context) =>
        {
            await action(inputs, context).ConfigureAwait(false);
            return inputs;
        });

    /// <summary>Appends <paramref name="suffix"/> to the text of every document.</summary>
    public static IModule Append(string suffix) =>
        new DelegateModule((inputs, context) => context.SelectAsync(inputs, async (document, token) =>
            document.WithText(await document.Content.ReadTextAsync(token).ConfigureAwait(false) + suffix)));

    public static IModule Throw(Exception exception) =>
        new DelegateModule((_, _) => throw exception);

    public static async Task<string> TextOf(Document document) =>
        await document.Content.ReadTextAsync(TestContext.Current.CancellationToken).ConfigureAwait(false);

    public static async Task<string[]> TextsOf(IEnumerable<Document> documents)
    {
        var texts = new List<string>();
        foreach (Document document in documents)
        {
            texts.Add(await TextOf(document).ConfigureAwait(false));
        }

        return [.. texts];
    }
}
