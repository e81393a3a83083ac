using System.Net;
using Annals.Web.Preview;
using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Preview;

/// <summary>The whole preview: watcher, session and server together, driven by saving files as an editor would.</summary>
public sealed class PreviewLoopTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TestSite _site = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private PreviewHarness? _preview;

    private PreviewServer Server => _preview!.Server;

    private RecordingReporter Reporter => _preview!.Reporter;

    public async ValueTask InitializeAsync()
    {
        _site.AddPost("input/posts/2024/a.md", "First title", "2024-05-01");
        _preview = await PreviewHarness.StartAsync(_site, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_preview is not null)
        {
            await _preview.DisposeAsync();
        }

        _http.Dispose();
        _site.Dispose();
    }

    private async Task<string> PageAsync() =>
        await _http.GetStringAsync(new Uri(Server.Address, "/news/2024/first-title/"), TestContext.Current.CancellationToken);

    [Fact]
    public async Task Saving_a_post_sends_a_reload_and_serves_the_new_text()
    {
        await using var events = new SseReader();
        await events.StartAsync(Server.Address);

        _site.AddPost("input/posts/2024/a.md", "First title", "2024-05-01", body: "Fresh words from the editor.");

        Assert.NotNull(await events.WaitForAsync("event: reload", Patience));
        Assert.Contains("Fresh words from the editor.", await PageAsync(), StringComparison.Ordinal);
        Assert.Contains(Reporter.Rebuilds, r => r.Stats.PagesRendered.Contains("/news/2024/first-title/"));
    }

    [Fact]
    public async Task A_broken_save_keeps_the_last_good_site_and_shows_the_error_escaped()
    {
        await using var events = new SseReader();
        await events.StartAsync(Server.Address);

        _site.Add("input/posts/2024/a.md", "---\ntitle: First title\ndate: <script>alert(1)</script>\n---\nBroken.\n");

        string? error = await events.WaitForAsync("data: {\"message\"", Patience);
        Assert.NotNull(error);
        Assert.Contains("a.md:3", error, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", error, StringComparison.Ordinal);
        Assert.Contains("Body text.", await PageAsync(), StringComparison.Ordinal);
        Assert.NotEmpty(Reporter.Failures);

        // A page opened while the site is broken is told at once.
        await using var late = new SseReader();
        await late.StartAsync(Server.Address);
        Assert.NotNull(await late.WaitForAsync("event: build-error", Patience));
    }

    [Fact]
    public async Task Search_is_refreshed_after_the_pages()
    {
        _site.AddPost("input/posts/2024/b.md", "Zanzibar conference", "2024-06-01");

        for (int attempt = 0; attempt < 300 && Reporter.SearchUpdates == 0; attempt++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.True(Reporter.SearchUpdates > 0);
        using HttpResponseMessage manifest = await _http.GetAsync(new Uri(Server.Address, "/search/manifest.json"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, manifest.StatusCode);
    }
}
