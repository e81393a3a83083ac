using System.Collections.Immutable;
using Annals.Pipeline.Documents;

namespace Annals.Pipeline.Modules;

/// <summary>
/// One step of a pipeline: documents in, documents out. A module reports problems through
/// <see cref="ModuleContext.Diagnostics"/> rather than throwing, so a build can show every problem at once.
/// </summary>
public interface IModule
{
    Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context);
}
