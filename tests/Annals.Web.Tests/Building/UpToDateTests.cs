using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Pipeline.FileSystem;
using Annals.Web.Building;
using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Building;

/// <summary>A build with nothing changed since the last one is skipped; any change that could alter the site is not.</summary>
public sealed class UpToDateTests : IDisposable
{
    private readonly TestSite _site = new();

    public UpToDateTests()
    {
        _site.AddPost("input/posts/2024/a.md", "Alpha", "2024-01-01", "topics: [Peace]\n");
        _site.AddPost("input/posts/2024/b.md", "Bravo", "2024-02-01", "tittle: typo\n");
    }

    private async Task<BuildReport> FirstThenSecondAsync(Action change, Func<BuildOptions, BuildOptions>? configure = null)
    {
        BuildReport first = await _site.BuildAsync();
        Assert.True(first.Succeeded);
        Assert.False(first.UpToDate);
        change();
        return await _site.BuildAsync(configure);
    }

    [Fact]
    public async Task A_build_with_nothing_changed_is_skipped_and_the_output_left_as_it_was()
    {
        BuildReport second = await FirstThenSecondAsync(() => { });

        Assert.True(second.UpToDate);
        Assert.True(second.Succeeded);
        Assert.True(second.PagesWritten > 0);
        Assert.Contains("Alpha", _site.Read("news/2024/alpha/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_skipped_build_reports_the_last_builds_warnings_again()
    {
        BuildReport second = await FirstThenSecondAsync(() => { });

        Assert.True(second.UpToDate);
        Assert.Contains(second.Diagnostics, d => d.Code == "AN0108" && d.Location!.Value.Path.EndsWith("b.md", StringComparison.Ordinal) && d.Location.Value.Line > 0);
    }

    [Fact]
    public void A_file_edited_while_the_build_hashes_its_inputs_counts_as_changed_next_time()
    {
        BuildOptions options = BuildOptions.ForSite(_site.Root);
        IReadOnlyList<InputStamp> snapshot = UpToDateCheck.Snapshot(options);
        _site.AddPost("input/posts/2024/a.md", "Alpha, edited while the build ran", "2024-01-01", "topics: [Peace]\n");

        ImmutableArray<InputFile> recorded = UpToDateCheck.Hash(snapshot);

        InputFile edited = recorded.Single(f => f.Path == "input/posts/2024/a.md");
        InputFile untouched = recorded.Single(f => f.Path == "input/posts/2024/b.md");
        Assert.NotEqual(UpToDateCheck.CurrentInputs(options, known: null)!.Value.Single(f => f.Path == edited.Path).Hash, edited.Hash);
        Assert.Null(UpToDateCheck.CurrentInputs(options, recorded));
        Assert.Equal(32, untouched.Hash.Length);
    }

    [Fact]
    public void A_file_the_build_read_is_recorded_as_read_and_not_read_again()
    {
        BuildOptions options = BuildOptions.ForSite(_site.Root);
        IReadOnlyList<InputStamp> snapshot = UpToDateCheck.Snapshot(options);
        string read = Path.Combine(_site.Root, "input", "posts", "2024", "a.md");
        byte[] asRead = File.ReadAllBytes(read);
        var reads = new FileReadLog();
        reads.Note(read, asRead);

        // Edited after the build read it: the record keeps the version the site was made from, so the next build
        // sees a different file and runs.
        _site.AddPost("input/posts/2024/a.md", "Alpha, edited after the build read it", "2024-01-01", "topics: [Peace]\n");
        ImmutableArray<InputFile> recorded = UpToDateCheck.Hash(snapshot, reads);

        InputFile a = recorded.Single(f => f.Path == "input/posts/2024/a.md");
        Assert.Equal(ContentHash.Of(asRead).ToString("x32", System.Globalization.CultureInfo.InvariantCulture), a.Hash);
        Assert.Null(UpToDateCheck.CurrentInputs(options, recorded));
        InputFile notRead = recorded.Single(f => f.Path == "input/posts/2024/b.md");
        Assert.Equal(UpToDateCheck.CurrentInputs(options, known: null)!.Value.Single(f => f.Path == notRead.Path).Hash, notRead.Hash);
    }

    [Fact]
    public void A_file_the_build_read_twice_with_different_bytes_counts_as_changed_next_time()
    {
        // The site may show either version, so the file as it is now (the second) must not pass for what was built.
        BuildOptions options = BuildOptions.ForSite(_site.Root);
        IReadOnlyList<InputStamp> snapshot = UpToDateCheck.Snapshot(options);
        string read = Path.Combine(_site.Root, "input", "posts", "2024", "a.md");
        var reads = new FileReadLog();
        reads.Note(read, File.ReadAllBytes(read));
        _site.AddPost("input/posts/2024/a.md", "Alpha, edited between two reads", "2024-01-01", "topics: [Peace]\n");
        reads.Note(read, File.ReadAllBytes(read));

        ImmutableArray<InputFile> recorded = UpToDateCheck.Hash(snapshot, reads);

        Assert.Null(UpToDateCheck.CurrentInputs(options, recorded));
    }

    [Fact]
    public async Task A_touched_file_with_the_same_content_is_no_change()
    {
        string post = Path.Combine(_site.Root, "input", "posts", "2024", "a.md");

        BuildReport second = await FirstThenSecondAsync(() => File.SetLastWriteTimeUtc(post, DateTime.UtcNow.AddMinutes(5)));

        Assert.True(second.UpToDate);
    }

    [Fact]
    public async Task An_edited_post_is_built_again()
    {
        BuildReport second = await FirstThenSecondAsync(() => _site.AddPost("input/posts/2024/a.md", "Alpha", "2024-01-01", "topics: [Peace]\n", body: "Edited body."));

        Assert.False(second.UpToDate);
        Assert.Contains("Edited body.", _site.Read("news/2024/alpha/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_or_deleted_file_is_a_change()
    {
        BuildReport added = await FirstThenSecondAsync(() => _site.AddPost("input/posts/2024/c.md", "Charlie", "2024-03-01"));
        File.Delete(Path.Combine(_site.Root, "input", "posts", "2024", "c.md"));
        BuildReport deleted = await _site.BuildAsync();

        Assert.False(added.UpToDate);
        Assert.False(deleted.UpToDate);
        Assert.False(_site.Exists("news/2024/charlie/index.html"));
    }

    [Fact]
    public async Task A_changed_template_is_a_change()
    {
        string layout = Path.Combine(_site.Root, "theme", "layouts", "post.sbn");

        BuildReport second = await FirstThenSecondAsync(() => File.AppendAllText(layout, "\n<!-- changed -->\n"));

        Assert.False(second.UpToDate);
        Assert.Contains("<!-- changed -->", _site.Read("news/2024/alpha/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_output_folder_is_built_again()
    {
        BuildReport second = await FirstThenSecondAsync(() => File.Delete(Path.Combine(_site.Output, "news", "2024", "alpha", "index.html")));

        Assert.False(second.UpToDate);
        Assert.True(_site.Exists("news/2024/alpha/index.html"));
    }

    [Fact]
    public async Task Other_options_or_force_build_again()
    {
        BuildReport otherBase = await FirstThenSecondAsync(() => { }, o => o with { BaseUrl = "https://preview.example.org" });
        BuildReport forced = await _site.BuildAsync(o => o with { BaseUrl = "https://preview.example.org", Force = true });

        Assert.False(otherBase.UpToDate);
        Assert.False(forced.UpToDate);
        Assert.Contains("https://preview.example.org", _site.Read("feed.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_record_of_the_last_build_means_building_again()
    {
        BuildReport second = await FirstThenSecondAsync(() =>
            File.WriteAllText(Path.Combine(_site.Root, ".annals-cache", "build-manifest.json"), "{ not json"));

        Assert.False(second.UpToDate);
        Assert.True(second.Succeeded);
    }

    [Fact]
    public async Task The_output_recorded_as_files_are_written_is_what_a_walk_of_the_folder_finds()
    {
        // Files of every writer: rendered pages, an image made in two formats, a copied asset, feeds, calendars and
        // the search index.
        _site.AddBytes("input/assets/2024/hall.png", Images.TestImages.Png(32, 24));
        _site.Add("input/assets/leaflet.txt", "A leaflet.");
        _site.AddPost("input/posts/2024/c.md", "Charlie", "2024-03-01", "image: assets/2024/hall.png\nimage_alt: The hall\n");

        BuildReport report = await _site.BuildAsync();

        Assert.True(report.Succeeded, string.Join("\n", _site.Messages));
        Assert.True(_site.Exists("assets/leaflet.txt"));
        Assert.Contains(Directory.GetFiles(Path.Combine(_site.Output, "_img")), f => f.EndsWith(".png", StringComparison.Ordinal));
        Assert.Equal(UpToDateCheck.OutputHash(_site.Output), UpToDateCheck.RecordedOutputHash(BuildOptions.ForSite(_site.Root)));
    }

    [Fact]
    public void The_output_hash_from_stamps_leaves_hidden_files_out_and_gives_up_on_a_missing_stamp_or_a_file_written_twice()
    {
        string root = Path.Combine(_site.Root, "staged");
        Document[] written = [Written(root, "a/index.html", "A"), Written(root, ".well-known/x.txt", "hidden"), Written(root, "b.txt", "B")];
        File.WriteAllText(Path.Combine(root, ".well-known", "x.txt"), "changed, but hidden");

        Assert.Equal(UpToDateCheck.OutputHash(root), UpToDateCheck.OutputHashOf(written, root));
        Assert.Null(UpToDateCheck.OutputHashOf([.. written, new Document(null, "c.txt")], root));
        Assert.Null(UpToDateCheck.OutputHashOf([.. written, written[0]], root));
    }

    private static Document Written(string root, string path, string text)
    {
        string full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return new Document(null, path).With(FileKeys.Written, FileTreeStamps.OfWritten(full));
    }

    [Fact]
    public async Task A_failed_build_is_not_remembered()
    {
        _site.Add("input/posts/2024/broken.md", "---\ntitle: Broken\ndate: not a date\n---\nText.\n");
        BuildReport failed = await _site.BuildAsync();
        BuildReport again = await _site.BuildAsync();

        Assert.False(failed.Succeeded);
        Assert.False(again.Succeeded);
        Assert.False(again.UpToDate);
    }

    public void Dispose() => _site.Dispose();
}
