using Annals.Web.Building;
using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Building;

/// <summary>A preview session redoes only what an edit touched, and keeps the last good site when an edit breaks it.</summary>
public sealed class BuildSessionTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly BuildSession _session;

    public BuildSessionTests()
    {
        // posts_per_page is 2: two home pages, newest first (Charlie, Bravo | Alpha, Delta).
        _site.AddPost("input/posts/2024/a.md", "Alpha", "2024-01-01", "topics: [Peace]\n");
        _site.AddPost("input/posts/2024/b.md", "Bravo", "2024-02-01", "topics: [Peace]\n");
        _site.AddPost("input/posts/2024/c.md", "Charlie", "2024-03-01", "topics: [Health]\n");
        _site.AddPost("input/posts/2023/d.md", "Delta", "2023-12-01", "tittle: typo\n");
        _session = new BuildSession(BuildOptions.ForSite(_site.Root));
    }

    private string PostPath(string name) => Path.Combine(_site.Root, "input", "posts", "2024", name);

    private Task<SessionRun> RunAsync(params string[] changed) =>
        _session.RunAsync(changed.Length == 0 ? null : changed, TestContext.Current.CancellationToken);

    [Fact]
    public async Task A_second_run_without_changes_parses_and_renders_nothing()
    {
        SessionRun first = await RunAsync();
        SessionRun second = await RunAsync(PostPath("a.md"));

        Assert.True(second.Report.Succeeded);
        Assert.Equal(first.Stats.PagesRendered.Length, second.Stats.PagesReused);
        Assert.Empty(second.Stats.PagesRendered);
        Assert.Equal(0, second.Stats.ItemsParsed);
        Assert.False(second.Stats.ThemeCompiled);
        Assert.Equal(first.Site!.Files.Keys.Order(StringComparer.Ordinal), second.Site!.Files.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Warnings_of_unchanged_files_are_reported_again()
    {
        await RunAsync();
        SessionRun second = await RunAsync(PostPath("a.md"));

        Assert.Contains(second.Report.Diagnostics, d => d.Code == "AN0108" && d.Location!.Value.Path.EndsWith("d.md", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_body_edit_renders_the_post_and_the_lists_that_show_its_summary_only()
    {
        await RunAsync();
        _site.AddPost("input/posts/2024/b.md", "Bravo", "2024-02-01", "topics: [Peace]\n", body: "A new first paragraph.");

        SessionRun run = await RunAsync(PostPath("b.md"));

        Assert.True(run.Report.Succeeded);
        Assert.Equal(1, run.Stats.ItemsParsed);
        Assert.Equal(1, run.Stats.BodiesRendered);
        Assert.Equal(["/", "/archive/2024/", "/news/2024/bravo/", "/topics/peace/"], run.Stats.PagesRendered);
        Assert.Contains("A new first paragraph.", System.Text.Encoding.UTF8.GetString(run.Site!.Find("news/2024/bravo/index.html")!.Bytes.Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_warm_up_run_changes_nothing_and_leaves_the_search_index_as_it_is()
    {
        SessionRun first = await RunAsync();
        SessionRun warmUp = await _session.WarmUpAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, warmUp.Stats.ItemsParsed);
        Assert.Empty(warmUp.Stats.PagesRendered);
        Assert.Equal(first.Site!.Files.Keys.Order(StringComparer.Ordinal), warmUp.Site!.Files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, _session.SearchRefreshesScheduled);
        _site.AddPost("input/posts/2024/b.md", "Bravo", "2024-02-01", "topics: [Peace]\n", body: "A new first paragraph.");

        SessionRun run = await RunAsync(PostPath("b.md"));

        Assert.True(first.Report.Succeeded);
        Assert.Equal(["/", "/archive/2024/", "/news/2024/bravo/", "/topics/peace/"], run.Stats.PagesRendered);
        Assert.Equal(1, _session.SearchRefreshesScheduled);
    }

    [Fact]
    public async Task A_title_edit_also_renders_the_neighbours_that_link_to_it()
    {
        await RunAsync();
        _site.Add("input/posts/2024/b.md", "---\ntitle: Bravo renamed\nslug: bravo\ndate: 2024-02-01\ntopics: [Peace]\n---\nBody text.\n");

        SessionRun run = await RunAsync(PostPath("b.md"));

        Assert.Contains("/news/2024/alpha/", run.Stats.PagesRendered);
        Assert.Contains("/news/2024/charlie/", run.Stats.PagesRendered);
        Assert.Contains("/news/2024/bravo/", run.Stats.PagesRendered);
        Assert.DoesNotContain("/news/2023/delta/", run.Stats.PagesRendered);
        Assert.DoesNotContain("/topics/health/", run.Stats.PagesRendered);
    }

    [Fact]
    public async Task A_broken_edit_gives_no_site_and_the_next_good_edit_reuses_the_rest()
    {
        SessionRun good = await RunAsync();
        _site.Add("input/posts/2024/b.md", "---\ntitle: Bravo\ndate: not a date\n---\nText.\n");

        SessionRun broken = await RunAsync(PostPath("b.md"));
        _site.AddPost("input/posts/2024/b.md", "Bravo", "2024-02-01", "topics: [Peace]\n");
        SessionRun fixedRun = await RunAsync(PostPath("b.md"));

        Assert.False(broken.Report.Succeeded);
        Assert.Null(broken.Site);
        Assert.Contains(broken.Report.Diagnostics, d => d.Location!.Value.Path.EndsWith("b.md", StringComparison.Ordinal));
        Assert.True(fixedRun.Report.Succeeded);
        Assert.True(fixedRun.Site!.Version > good.Site!.Version);
        Assert.True(fixedRun.Stats.PagesReused > 0);
    }

    [Fact]
    public async Task A_layout_edit_renders_the_pages_drawn_with_it_only()
    {
        await RunAsync();
        string layout = Path.Combine(_site.Root, "theme", "layouts", "post.sbn");
        File.AppendAllText(layout, "\n<!-- changed -->\n");

        SessionRun run = await RunAsync(layout);

        Assert.True(run.Stats.ThemeCompiled);
        Assert.Equal(["/news/2023/delta/", "/news/2024/alpha/", "/news/2024/bravo/", "/news/2024/charlie/"], run.Stats.PagesRendered);
    }

    public void Dispose()
    {
        _session.Dispose();
        _site.Dispose();
    }
}
