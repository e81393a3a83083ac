using System.Collections.Concurrent;
using System.Net;
using Annals.Web.Building;
using Annals.Web.Preview;
using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Preview;

/// <summary>The whole preview: watcher, session and server together, driven by saving files as an editor would.</summary>
public sealed class PreviewLoopTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TestSite _site = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Reporter _reporter = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private BuildSession? _session;
    private SiteWatcher? _watcher;
    private PreviewServer? _server;
    private Task? _watching;

    public async ValueTask InitializeAsync()
    {
        _site.AddPost("input/posts/2024/a.md", "First title", "2024-05-01");
        BuildOptions options = BuildOptions.ForSite(_site.Root);
        _session = new BuildSession(options);
        _watcher = new SiteWatcher([options.InputDirectory, options.ThemeDirectory], TimeSpan.FromMilliseconds(40));
        _server = await PreviewServer.StartAsync(0, TestContext.Current.CancellationToken);
        var loop = new PreviewLoop(_session, _server, _watcher, _reporter);
        SessionRun first = await loop.StartAsync(TestContext.Current.CancellationToken);
        Assert.True(first.Report.Succeeded);
        _watching = loop.WatchAsync(_stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_watching is not null)
        {
            // Ctrl+C ends the loop cleanly, without an exception.
            await _watching.WaitAsync(TimeSpan.FromSeconds(10));
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _watcher?.Dispose();
        _session?.Dispose();
        _http.Dispose();
        _stop.Dispose();
        _site.Dispose();
    }

    private async Task<string> PageAsync() =>
        await _http.GetStringAsync(new Uri(_server!.Address, "/news/2024/first-title/"), TestContext.Current.CancellationToken);

    [Fact]
    public async Task Saving_a_post_sends_a_reload_and_serves_the_new_text()
    {
        await using var events = new SseReader();
        await events.StartAsync(_server!.Address);

        _site.AddPost("input/posts/2024/a.md", "First title", "2024-05-01", body: "Fresh words from the editor.");

        Assert.NotNull(await events.WaitForAsync("event: reload", Patience));
        Assert.Contains("Fresh words from the editor.", await PageAsync(), StringComparison.Ordinal);
        Assert.Contains(_reporter.Rebuilds, r => r.Stats.PagesRendered.Contains("/news/2024/first-title/"));
    }

    [Fact]
    public async Task A_broken_save_keeps_the_last_good_site_and_shows_the_error_escaped()
    {
        await using var events = new SseReader();
        await events.StartAsync(_server!.Address);

        _site.Add("input/posts/2024/a.md", "---\ntitle: First title\ndate: <script>alert(1)</script>\n---\nBroken.\n");

        string? error = await events.WaitForAsync("data: {\"message\"", Patience);
        Assert.NotNull(error);
        Assert.Contains("a.md:3", error, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", error, StringComparison.Ordinal);
        Assert.Contains("Body text.", await PageAsync(), StringComparison.Ordinal);
        Assert.NotEmpty(_reporter.Failures);

        // A page opened while the site is broken is told at once.
        await using var late = new SseReader();
        await late.StartAsync(_server.Address);
        Assert.NotNull(await late.WaitForAsync("event: build-error", Patience));
    }

    [Fact]
    public async Task Search_is_refreshed_after_the_pages()
    {
        _site.AddPost("input/posts/2024/b.md", "Zanzibar conference", "2024-06-01");

        for (int attempt = 0; attempt < 300 && _reporter.SearchUpdates == 0; attempt++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.True(_reporter.SearchUpdates > 0);
        using HttpResponseMessage manifest = await _http.GetAsync(new Uri(_server!.Address, "/search/manifest.json"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, manifest.StatusCode);
    }

    private sealed class Reporter : IPreviewReporter
    {
        private int _searchUpdates;

        public ConcurrentQueue<SessionRun> Rebuilds { get; } = new();

        public ConcurrentQueue<SessionRun> Failures { get; } = new();

        public int SearchUpdates => Volatile.Read(ref _searchUpdates);

        public void Rebuilt(SessionRun run, ChangeBatch? changes, TimeSpan sinceSave) => Rebuilds.Enqueue(run);

        public void Failed(SessionRun run, ChangeBatch? changes) => Failures.Enqueue(run);

        public void SearchUpdated(SiteSnapshot site) => Interlocked.Increment(ref _searchUpdates);
    }
}
