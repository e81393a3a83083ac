using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.FileSystem;

namespace Annals.Pipeline.Modules;

/// <summary>
/// Makes one document per file under a folder. Content is read lazily; the source path is the display
/// form given by <paramref name="display"/> (what diagnostics print). A long-lived session passes
/// <paramref name="listings"/> so that an unchanged folder is not walked again.
/// </summary>
public sealed class ReadFiles(string folder, Func<string, bool> include, Func<string, string> display, FileListings? listings = null) : IModule
{
    public const string SkippedLinkCode = "AN0003";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Action<string> onSkippedLink = link => context.Diagnostics.Report(Diagnostic.Warning(
            SkippedLinkCode,
            "this is a symbolic link and was not read (it could lead outside the folder, or in a loop): put the files themselves inside the input folder",
            new SourceLocation(display(link))));
        IReadOnlyList<string> files = listings is null
            ? FileTree.List(folder, include, onSkippedLink)
            : listings.List(folder, include, onSkippedLink);

        ImmutableArray<Document> documents = [.. files.Select(file => new Document(display(file), null, DocumentContent.FromFile(file))
            .With(FileKeys.FullPath, file)
            .With(FileKeys.RelativePath, Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/')))];
        return Task.FromResult(inputs.AddRange(documents));
    }
}
