using Annals.Web.Building;
using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Building;

/// <summary>
/// A build copies from the last build's output the pages whose view model and layout did not change, and renders the
/// others; whatever it copies, the site is byte for byte what a build from nothing makes.
/// </summary>
public sealed class PageCopyTests : IDisposable
{
    private const string AlphaPage = "news/2024/alpha/index.html";
    private const string BravoPage = "news/2024/bravo/index.html";

    private readonly TestSite _site = new();

    public PageCopyTests()
    {
        _site.AddPost("input/posts/2024/a.md", "Alpha", "2024-01-01", "topics: [Peace]\n");
        _site.AddPost("input/posts/2024/b.md", "Bravo", "2024-02-01", "topics: [Health]\n");
        _site.AddPost("input/posts/2023/c.md", "Charlie", "2023-03-01", "topics: [Peace]\n");
    }

    public void Dispose() => _site.Dispose();

    private Task<BuildReport> BuildAsync() => _site.BuildAsync();

    private async Task<BuildReport> FirstThenSecondAsync(Action change)
    {
        BuildReport first = await BuildAsync();
        Assert.True(first.Succeeded);
        Assert.Equal(0, first.PagesCopied);
        change();
        BuildReport second = await BuildAsync();
        Assert.True(second.Succeeded, string.Join('\n', _site.Messages));
        return second;
    }

    /// <summary>Every file of the output folder, as a fresh build of the same input would make it.</summary>
    private async Task AssertSameAsFreshBuildAsync()
    {
        string fresh = Path.Combine(_site.Root, "fresh");
        BuildReport report = await _site.BuildAsync(o => o with { OutputDirectory = fresh, CacheDirectory = Path.Combine(_site.Root, "fresh-cache") });
        Assert.True(report.Succeeded);
        string[] built = [.. Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_site.Output, f)).Order(StringComparer.Ordinal)];
        string[] expected = [.. Directory.EnumerateFiles(fresh, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(fresh, f)).Order(StringComparer.Ordinal)];
        Assert.Equal(expected, built);
        foreach (string file in built)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(fresh, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_site.Output, file))), $"{file} differs from a fresh build");
        }
    }

    [Fact]
    public async Task An_edited_post_is_rendered_again_and_the_pages_it_does_not_touch_are_copied()
    {
        BuildReport second = await FirstThenSecondAsync(() =>
            _site.AddPost("input/posts/2024/a.md", "Alpha", "2024-01-01", "topics: [Peace]\n", body: "Body text.\n\nA paragraph added later."));

        Assert.Contains("A paragraph added later.", _site.Read(AlphaPage), StringComparison.Ordinal);
        Assert.True(second.PagesCopied > 0);
        Assert.True(second.PagesCopied < second.PagesWritten);
        await AssertSameAsFreshBuildAsync();
    }

    [Fact]
    public async Task The_copied_pages_are_recorded_as_written_so_the_next_build_finds_the_output_unchanged()
    {
        // The record of the output is made from the stamps of the files the build wrote, copied pages included: a
        // copy's stamp that differed from the file's would make the next build run again.
        BuildReport second = await FirstThenSecondAsync(() =>
            _site.AddPost("input/posts/2024/a.md", "Alpha", "2024-01-01", "topics: [Peace]\n", body: "Body text.\n\nA paragraph added later."));
        Assert.True(second.PagesCopied > 0);

        BuildReport third = await BuildAsync();

        Assert.True(third.UpToDate);
    }

    [Fact]
    public async Task A_changed_layout_renders_its_pages_again()
    {
        string layout = Path.Combine(_site.Root, "theme", "layouts", "post.sbn");

        BuildReport second = await FirstThenSecondAsync(() => File.WriteAllText(layout, File.ReadAllText(layout) + "\n<!-- layout changed -->\n"));

        Assert.Contains("layout changed", _site.Read(AlphaPage), StringComparison.Ordinal);
        Assert.Contains("layout changed", _site.Read(BravoPage), StringComparison.Ordinal);
        Assert.True(second.PagesCopied > 0, "pages of the other layouts are copied");
        await AssertSameAsFreshBuildAsync();
    }

    [Fact]
    public async Task A_changed_setting_renders_every_page_again()
    {
        BuildReport second = await FirstThenSecondAsync(() =>
            _site.Add("input/site.yml", "title: Renamed Archive\nbase_url: https://example.org\nlanguage: en\nposts_per_page: 2\n"));

        Assert.Equal(0, second.PagesCopied);
        Assert.Contains("Renamed Archive", _site.Read(BravoPage), StringComparison.Ordinal);
        await AssertSameAsFreshBuildAsync();
    }

    [Fact]
    public async Task A_page_edited_by_hand_in_the_output_folder_is_rendered_again()
    {
        string page = Path.Combine(_site.Output, BravoPage);

        await FirstThenSecondAsync(() =>
        {
            File.WriteAllText(page, "edited by hand");
            _site.AddPost("input/posts/2024/a.md", "Alpha", "2024-01-01", "topics: [Peace]\n", body: "Another body.");
        });

        Assert.Contains("Bravo", _site.Read(BravoPage), StringComparison.Ordinal);
        await AssertSameAsFreshBuildAsync();
    }

    [Fact]
    public async Task A_page_edited_by_hand_to_the_same_size_is_rendered_again()
    {
        string page = Path.Combine(_site.Output, BravoPage);

        await FirstThenSecondAsync(() =>
        {
            string html = File.ReadAllText(page);
            File.WriteAllText(page, html.Replace("Bravo", "Brava", StringComparison.Ordinal));
            _site.AddPost("input/posts/2024/a.md", "Alpha", "2024-01-01", "topics: [Peace]\n", body: "Another body.");
        });

        Assert.DoesNotContain("Brava", _site.Read(BravoPage), StringComparison.Ordinal);
        await AssertSameAsFreshBuildAsync();
    }

    [Fact]
    public async Task An_output_folder_restored_with_new_file_times_still_has_its_pages_copied()
    {
        BuildReport second = await FirstThenSecondAsync(() =>
        {
            // As a CI cache restores it: the same bytes, other times.
            foreach (string file in Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories))
            {
                File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(1));
            }

            _site.AddPost("input/posts/2024/a.md", "Alpha", "2024-01-01", "topics: [Peace]\n", body: "Body after the restore.");
        });

        Assert.True(second.PagesCopied > 0);
        await AssertSameAsFreshBuildAsync();
    }

    [Fact]
    public async Task A_forced_build_renders_every_page_and_the_next_build_copies_again()
    {
        await BuildAsync();

        BuildReport forced = await _site.BuildAsync(o => o with { Force = true });
        _site.AddPost("input/posts/2023/c.md", "Charlie", "2023-03-01", "topics: [Peace]\n", body: "Changed.");
        BuildReport next = await BuildAsync();

        Assert.Equal(0, forced.PagesCopied);
        Assert.True(next.PagesCopied > 0);
    }

    [Fact]
    public async Task A_failed_build_keeps_the_record_of_the_site_still_in_the_output_folder()
    {
        await BuildAsync();
        _site.Add("input/posts/2024/broken.md", "---\ntitle: Broken\ndate: not a date\n---\nText.\n");
        BuildReport failed = await BuildAsync();
        File.Delete(Path.Combine(_site.Root, "input", "posts", "2024", "broken.md"));
        _site.AddPost("input/posts/2024/b.md", "Bravo", "2024-02-01", "topics: [Health]\n", body: "Fixed and edited.");

        BuildReport next = await BuildAsync();

        Assert.False(failed.Succeeded);
        Assert.False(File.Exists(Path.Combine(_site.Root, ".annals-cache", "pages.next.bin")));
        Assert.True(next.PagesCopied > 0);
        await AssertSameAsFreshBuildAsync();
    }
}
