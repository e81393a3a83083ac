using System.Collections.Immutable;
using Annals.Pipeline.Documents;

namespace Annals.Pipeline.Modules;

/// <summary>A module written as a lambda, for small site-specific steps that do not deserve a class.</summary>
public sealed class DelegateModule(Func<ImmutableArray<Document>, ModuleContext, Task<ImmutableArray<Document>>> execute) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context) =>
        execute(inputs, context);

    /// <summary>A module that transforms each document independently, in parallel, keeping order.</summary>
    public static DelegateModule ForEach(Func<Document, ModuleContext, Document?> transform)
    {
        ArgumentNullException.ThrowIfNull(transform);
        return new DelegateModule((inputs, context) =>
            context.SelectAsync(inputs, (document, _) => ValueTask.FromResult(transform(document, context))));
    }
}
