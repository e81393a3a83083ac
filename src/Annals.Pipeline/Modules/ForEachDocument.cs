using System.Collections.Immutable;
using Annals.Pipeline.Documents;

namespace Annals.Pipeline.Modules;

/// <summary>
/// Runs several <see cref="IDocumentStep"/> modules as one: each document goes through every step before the next
/// document starts on a core, in the order the steps are given; a document a step drops skips the later steps. The
/// output is what running the steps one after another would give, in the input's order. (Statiq's module of the
/// same name runs whole modules per document; these steps are made for it, so nothing is set up per document.)
/// </summary>
public sealed class ForEachDocument : IModule
{
    private readonly ImmutableArray<IDocumentStep> _steps;

    public ForEachDocument(params IDocumentStep[] steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        _steps = [.. steps];
    }

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Func<Document, CancellationToken, ValueTask<Document?>>[] work = [.. _steps.Select(step => step.Prepare(context))];
        return context.SelectAsync(inputs, async (document, token) =>
        {
            Document? current = document;
            for (int step = 0; step < work.Length && current is not null; step++)
            {
                current = await work[step](current, token).ConfigureAwait(false);
            }

            return current;
        });
    }
}
