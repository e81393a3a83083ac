using System.Collections.Immutable;
using System.Text;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Pipeline.Running;
using Annals.Pipeline.Tests.Support;

namespace Annals.Pipeline.Tests.Modules;

public sealed class WriteFilesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Output => Path.Combine(_temp.Root, "out");

    public void Dispose() => _temp.Dispose();

    private async Task<ImmutableArray<Document>> WriteAsync(DiagnosticBag bag, params Document[] documents) =>
        await Wait.For(new WriteFiles(Output).ExecuteAsync([.. documents], Contexts.Create(bag)));

    [Fact]
    public async Task Writes_text_bytes_and_files_under_the_output_folder_creating_folders()
    {
        string source = _temp.Write("input/logo.png", [1, 2, 3, 0, 255]);
        var bag = new DiagnosticBag();

        ImmutableArray<Document> outputs = await WriteAsync(
            bag,
            new Document("input/a.md", "news/2024/a/index.html", DocumentContent.FromText("<p>é</p>")),
            new Document(null, "data/raw.bin", DocumentContent.FromBytes(new byte[] { 9, 8, 7 })),
            new Document("input/logo.png", "assets/logo.png", DocumentContent.FromFile(source)));

        Assert.Empty(bag.ToSortedList());
        Assert.Equal(3, outputs.Length);
        Assert.Equal(Encoding.UTF8.GetBytes("<p>é</p>"), File.ReadAllBytes(Path.Combine(Output, "news", "2024", "a", "index.html")));
        Assert.Equal([9, 8, 7], File.ReadAllBytes(Path.Combine(Output, "data", "raw.bin")));
        Assert.Equal([1, 2, 3, 0, 255], File.ReadAllBytes(Path.Combine(Output, "assets", "logo.png")));
        Assert.True(File.Exists(source), "the source file was moved instead of copied");
    }

    [Fact]
    public async Task Leaves_a_file_already_written_at_its_destination_as_it_is()
    {
        // A page written while it was rendered names its own target as content: copying it onto itself would empty it.
        string placed = _temp.Write("out/news/a/index.html", "<p>rendered</p>");
        var bag = new DiagnosticBag();

        ImmutableArray<Document> outputs = await WriteAsync(bag, new Document("a.md", "news/a/index.html", DocumentContent.FromFile(placed)));

        Assert.Empty(bag.ToSortedList());
        Assert.Single(outputs);
        Assert.Equal("<p>rendered</p>", File.ReadAllText(placed));
    }

    [Fact]
    public async Task Overwrites_an_existing_file()
    {
        _temp.Write("out/index.html", "a much longer previous content");
        var bag = new DiagnosticBag();

        await WriteAsync(bag, new Document("index.md", "index.html", DocumentContent.FromText("new")));

        Assert.Equal("new", File.ReadAllText(Path.Combine(Output, "index.html")));
    }

    [Fact]
    public async Task Passes_documents_without_a_destination_on_without_writing_them()
    {
        var bag = new DiagnosticBag();

        ImmutableArray<Document> outputs = await WriteAsync(bag, new Document("input/draft.md", null, DocumentContent.FromText("x")));

        Assert.Equal(["input/draft.md"], outputs.Select(d => d.Source));
        Assert.Empty(bag.ToSortedList());
        Assert.False(Directory.Exists(Output) && Directory.EnumerateFileSystemEntries(Output).Any());
    }

    [Theory]
    [InlineData("../escaped.html")]
    [InlineData("a/../../escaped.html")]
    [InlineData("bad\nname.html")]
    public async Task Refuses_a_destination_outside_the_output_folder_with_an_error(string destination)
    {
        var bag = new DiagnosticBag();

        ImmutableArray<Document> outputs = await WriteAsync(
            bag,
            new Document("input/evil.md", destination, DocumentContent.FromText("evil")),
            new Document("input/good.md", "good.html", DocumentContent.FromText("good")));

        Diagnostic error = Assert.Single(bag.ToSortedList());
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(WriteFiles.UnsafeDestinationCode, error.Code);
        Assert.Equal("input/evil.md", error.Location?.Path);
        Assert.Contains(destination, error.Message, StringComparison.Ordinal);
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(_temp.Root).Select(Path.GetFileName));
        Assert.Equal(["good.html"], Directory.EnumerateFileSystemEntries(Output).Select(Path.GetFileName));
        Assert.Equal("good", File.ReadAllText(Path.Combine(Output, "good.html")));
        Assert.Equal(2, outputs.Length);
    }

    [Fact]
    public async Task Refuses_an_absolute_destination()
    {
        string outside = Path.Combine(_temp.Root, "absolute.html");
        var bag = new DiagnosticBag();

        await WriteAsync(bag, new Document("input/abs.md", outside, DocumentContent.FromText("x")));

        Assert.Equal(WriteFiles.UnsafeDestinationCode, Assert.Single(bag.ToSortedList()).Code);
        Assert.False(File.Exists(outside));
    }

    [Fact]
    public async Task An_unsafe_destination_without_a_source_is_reported_at_the_destination()
    {
        var bag = new DiagnosticBag();

        await WriteAsync(bag, new Document(null, "../x.html", DocumentContent.FromText("x")));

        Assert.Equal("../x.html", Assert.Single(bag.ToSortedList()).Location?.Path);
    }

    [Fact]
    public async Task In_a_run_the_Output_phase_writes_and_an_unsafe_destination_fails_the_run()
    {
        PipelineDefinition pipeline = Runs.Pipeline("pages");
        pipeline.Input.Add(new DelegateModule((inputs, _) => Task.FromResult(inputs
            .Add(new Document("input/a.md", "a/index.html", DocumentContent.FromText("A")))
            .Add(new Document("input/b.md", "../../b.html", DocumentContent.FromText("B"))))));
        pipeline.Output.Add(new WriteFiles(Output));

        RunResult result = await Runs.RunAsync(pipeline);

        Assert.True(result.OutputPhaseRan);
        Assert.False(result.Succeeded);
        Assert.Equal("input/b.md", Assert.Single(result.Diagnostics).Location?.Path);
        Assert.Equal("A", File.ReadAllText(Path.Combine(Output, "a", "index.html")));
    }
}
