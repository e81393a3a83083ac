using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.FileSystem;
using Annals.Pipeline.Modules;
using Annals.Pipeline.Tests.Support;

namespace Annals.Pipeline.Tests.Modules;

public sealed class ReadFilesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Display(string fullPath) =>
        "input/" + Path.GetRelativePath(_temp.PathOf("input"), fullPath).Replace(Path.DirectorySeparatorChar, '/');

    [Fact]
    public async Task Makes_one_document_per_file_after_the_inputs_with_file_metadata_and_lazy_content()
    {
        string a = _temp.Write("input/posts/2024/a.md", "# A");
        _temp.Write("input/posts/b.txt", "skip");
        var module = new ReadFiles(_temp.PathOf("input"), f => f.EndsWith(".md", StringComparison.Ordinal), Display);
        ImmutableArray<Document> inputs = [new Document("earlier", null)];

        ImmutableArray<Document> outputs = await Wait.For(module.ExecuteAsync(inputs, Contexts.Create(new DiagnosticBag())));

        Assert.Equal(["earlier", "input/posts/2024/a.md"], outputs.Select(d => d.Source));
        Document document = outputs[1];
        Assert.Null(document.Destination);
        Assert.Equal(a, document.Get(FileKeys.FullPath));
        Assert.Equal("posts/2024/a.md", document.Get(FileKeys.RelativePath));
        Assert.Equal(a, document.Content.SourceFile);

        await File.WriteAllTextAsync(a, "# changed", TestContext.Current.CancellationToken);
        Assert.Equal("# changed", await TestModules.TextOf(document));
    }

    [Fact]
    public async Task A_session_gets_the_same_documents_while_the_folder_is_unchanged_and_new_ones_after_a_change()
    {
        _temp.Write("input/a.md", "# A");
        var listings = new FileListings();
        var module = new ReadFiles(_temp.PathOf("input"), _ => true, Display, listings);

        ImmutableArray<Document> first = await Wait.For(module.ExecuteAsync([], Contexts.Create(new DiagnosticBag())));
        ImmutableArray<Document> second = await Wait.For(module.ExecuteAsync([], Contexts.Create(new DiagnosticBag())));
        string added = _temp.Write("input/b.md", "# B");
        listings.Invalidate([added]);
        ImmutableArray<Document> third = await Wait.For(module.ExecuteAsync([], Contexts.Create(new DiagnosticBag())));

        Assert.Same(first[0], second[0]);
        Assert.Equal(["input/a.md", "input/b.md"], third.Select(d => d.Source));
    }

    [Fact]
    public async Task Warns_about_a_folder_link_it_does_not_read()
    {
        _temp.Write("input/real/a.md", "");
        try
        {
            Directory.CreateSymbolicLink(_temp.PathOf("input/linked"), _temp.PathOf("input/real"));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            Assert.Skip("symbolic links cannot be created here: " + exception.Message);
        }

        var bag = new DiagnosticBag();
        var module = new ReadFiles(_temp.PathOf("input"), _ => true, Display);

        ImmutableArray<Document> outputs = await Wait.For(module.ExecuteAsync([], Contexts.Create(bag)));

        Assert.Equal(["input/real/a.md"], outputs.Select(d => d.Source));
        Diagnostic warning = Assert.Single(bag.ToSortedList());
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(ReadFiles.SkippedLinkCode, warning.Code);
        Assert.Equal("input/linked", warning.Location?.Path);
    }
}
