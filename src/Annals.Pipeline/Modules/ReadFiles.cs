using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.FileSystem;

namespace Annals.Pipeline.Modules;

/// <summary>
/// Makes one document per file under a folder. Content is read lazily; the source path is the display
/// form given by <paramref name="display"/> (what diagnostics print). A long-lived session passes
/// <paramref name="listings"/> so that an unchanged folder is not walked again; a build that records what it read passes
/// <paramref name="readLog"/>, where each file's content notes its hash when it is read.
/// </summary>
public sealed class ReadFiles(string folder, Func<string, bool> include, Func<string, string> display, FileListings? listings = null, FileReadLog? readLog = null) : IModule
{
    public const string SkippedLinkCode = "AN0003";

    /// <summary>By listing object: a session's listings are its own, and its display rule does not change.</summary>
    private static readonly ConditionalWeakTable<IReadOnlyList<string>, StrongBox<ImmutableArray<Document>>> MadeFrom = [];

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

        // A listing kept by the session is the same list object while the folder is unchanged, and so are its
        // documents: 10,000 of them are not made again after a one-file edit.
        ImmutableArray<Document> documents = listings is null
            ? Documents(files)
            : MadeFrom.GetValue(files, list => new StrongBox<ImmutableArray<Document>>(Documents(list))).Value;
        return Task.FromResult(inputs.AddRange(documents));
    }

    private ImmutableArray<Document> Documents(IReadOnlyList<string> files) =>
        [.. files.Select(file => new Document(display(file), null, DocumentContent.FromFile(file, readLog))
            .With(FileKeys.FullPath, file)
            .With(FileKeys.RelativePath, Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/')))];
}
