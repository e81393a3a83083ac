using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.FileSystem;

namespace Annals.Pipeline.Modules;

/// <summary>
/// Writes every document that has a destination under an output folder, in parallel. A document whose
/// destination would land outside the folder is an error, never a write; one whose content is already the file at its
/// destination is left as it is.
/// </summary>
public sealed class WriteFiles(string outputRoot) : IModule
{
    private readonly OutputFolder _folder = new();

    public const string UnsafeDestinationCode = "AN0002";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.SelectAsync(inputs, async (document, token) =>
        {
            if (document.Destination is null)
            {
                return document;
            }

            string? target = SafePath.Combine(outputRoot, document.Destination);
            if (target is null)
            {
                context.Diagnostics.Report(Diagnostic.Error(
                    UnsafeDestinationCode,
                    $"refusing to write '{document.Destination}': it is not a path inside the output folder",
                    new SourceLocation(document.Source ?? document.Destination)));
                return document;
            }

            if (document.Content.SourceFile is { } placed && string.Equals(placed, target, StringComparison.Ordinal))
            {
                // Written there by the module that made it (pages are written as they are rendered, so that their
                // bytes need not wait in memory for this phase), which also recorded it.
                return document;
            }

            if (document.Content.SourceFile is { } sourceFile)
            {
                return document.With(FileKeys.Written, _folder.Copy(sourceFile, target));
            }

            // A synchronous write of the whole buffer: the asynchronous FileStream path goes through the thread pool
            // on Linux and was the slower way to write 19,000 files.
            ReadOnlyMemory<byte> bytes = await document.Content.ReadBytesAsync(token).ConfigureAwait(false);
            return document.With(FileKeys.Written, _folder.Write(target, bytes.Span));
        });
    }
}
