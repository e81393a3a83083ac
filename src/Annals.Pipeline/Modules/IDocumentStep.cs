using System.Collections.Immutable;
using Annals.Pipeline.Documents;

namespace Annals.Pipeline.Modules;

/// <summary>
/// A module that works on each document alone, needing no other document of its input. Such modules can be run one
/// document at a time through all of them (<see cref="ForEachDocument"/>) instead of each over the whole input in
/// turn, so that what one makes for the next (a file's text, a parsed body) is dropped as soon as the next has used
/// it, rather than kept for every document until the slowest is done.
/// </summary>
public interface IDocumentStep : IModule
{
    /// <summary>
    /// Called once per run, with the phase's context, before any document: returns the work for one document, which
    /// gives the document that goes on, or null to drop it. The work may run on many documents at once.
    /// </summary>
    Func<Document, CancellationToken, ValueTask<Document?>> Prepare(ModuleContext context);

    /// <summary>Run alone, a step works on every document over all cores, as any per-document module does.</summary>
    Task<ImmutableArray<Document>> IModule.ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.SelectAsync(inputs, Prepare(context));
    }
}
