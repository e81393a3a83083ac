using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.FileSystem;

namespace Annals.Pipeline.Modules;

/// <summary>
/// Makes one document per file under a folder. Content is read lazily; the source path is the display
/// form given by <paramref name="display"/> (what diagnostics print).
/// </summary>
public sealed class ReadFiles(string folder, Func<string, bool> include, Func<string, string> display) : IModule
{
    public const string SkippedLinkCode = "AN0003";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        IReadOnlyList<string> files = FileTree.List(folder, include, link => context.Diagnostics.Report(Diagnostic.Warning(
            SkippedLinkCode,
            "this is a symbolic link and was not read (it could lead outside the folder, or in a loop): put the files themselves inside the input folder",
            new SourceLocation(display(link)))));

        ImmutableArray<Document> documents = [.. files.Select(file => new Document(display(file), null, DocumentContent.FromFile(file))
            .With(FileKeys.FullPath, file)
            .With(FileKeys.RelativePath, Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/')))];
        return Task.FromResult(inputs.AddRange(documents));
    }
}
