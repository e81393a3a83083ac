using System.Collections.Concurrent;
using System.Net;
using Annals.Web.Building;
using Annals.Web.Preview;
using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Preview;

/// <summary>
/// The preview server under a bounded load: 20 clients for 10 seconds on 127.0.0.1 while files are saved and
/// the site is rebuilt underneath them. Every answer must be complete and correct; traversal is refused all along.
/// </summary>
public sealed class PreviewLoadTests : IAsyncLifetime
{
    private const int Clients = 20;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);

    private static readonly string[] Pages = ["/", "/news/2024/first-title/", "/archive/", "/topics/", "/events/", "/feed.xml", "/sitemap.xml"];

    private static readonly string[] Traversals = ["/../input/site.yml", "/%2e%2e/%2e%2e/etc/passwd", "/news/%2E%2E/%2e%2e/input/site.yml", "//etc/passwd"];

    private readonly TestSite _site = new();
    private readonly CancellationTokenSource _stop = new();
    private BuildSession? _session;
    private SiteWatcher? _watcher;
    private PreviewServer? _server;
    private Task? _watching;

    public async ValueTask InitializeAsync()
    {
        _site.AddPost("input/posts/2024/a.md", "First title", "2024-05-01", "topics: [Peace]\n");
        for (int i = 0; i < 30; i++)
        {
            _site.AddPost($"input/posts/2023/p{i}.md", $"Older item {i}", "2023-03-01", "topics: [Peace]\n");
        }

        BuildOptions options = BuildOptions.ForSite(_site.Root);
        _session = new BuildSession(options);
        _watcher = new SiteWatcher([options.InputDirectory, options.ThemeDirectory], TimeSpan.FromMilliseconds(40));
        _server = await PreviewServer.StartAsync(0, TestContext.Current.CancellationToken);
        var loop = new PreviewLoop(_session, _server, _watcher, new SilentReporter());
        SessionRun first = await loop.StartAsync(TestContext.Current.CancellationToken);
        Assert.True(first.Report.Succeeded);
        _watching = loop.WatchAsync(_stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_watching is not null)
        {
            await _watching.WaitAsync(TimeSpan.FromSeconds(10));
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _watcher?.Dispose();
        _session?.Dispose();
        _stop.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task Twenty_clients_for_ten_seconds_during_rebuilds_see_no_error()
    {
        CancellationToken token = TestContext.Current.CancellationToken;
        var failures = new ConcurrentQueue<string>();
        int requests = 0;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        DateTime until = DateTime.UtcNow + Duration;

        Task[] clients = [.. Enumerable.Range(0, Clients).Select(client => Task.Run(
            async () =>
            {
                // Bounded both by time and by count, whatever the machine's speed.
                for (int n = 0; n < 5_000 && DateTime.UtcNow < until; n++)
                {
                    string path = Pages[(client + n) % Pages.Length];
                    using HttpResponseMessage response = await http.GetAsync(new Uri(_server!.Address, path), token);
                    string body = await response.Content.ReadAsStringAsync(token);
                    Interlocked.Increment(ref requests);
                    if (response.StatusCode != HttpStatusCode.OK || body.Length == 0 || (path.EndsWith('/') && !body.Contains("</html>", StringComparison.Ordinal)))
                    {
                        failures.Enqueue($"{path}: {(int)response.StatusCode}, {body.Length} characters");
                    }
                }
            },
            token))];

        Task saver = Task.Run(
            async () =>
            {
                for (int save = 0; DateTime.UtcNow < until && save < 40; save++)
                {
                    _site.AddPost("input/posts/2024/a.md", "First title", "2024-05-01", "topics: [Peace]\n", $"Edit number {save}.");
                    string status = await RawHttp.GetStatusLineAsync(_server!.Address, Traversals[save % Traversals.Length], token);
                    if (status.Contains(" 200 ", StringComparison.Ordinal))
                    {
                        failures.Enqueue($"traversal answered: {status}");
                    }

                    await Task.Delay(250, token);
                }
            },
            token);

        await Task.WhenAll([.. clients, saver]);

        Assert.Empty(failures);
        Assert.True(requests >= Clients, $"only {requests} requests were made");
    }

    private sealed class SilentReporter : IPreviewReporter
    {
        public void Rebuilt(SessionRun run, ChangeBatch? changes, TimeSpan sinceSave)
        {
        }

        public void Failed(SessionRun run, ChangeBatch? changes)
        {
        }

        public void SearchUpdated(SiteSnapshot site)
        {
        }
    }
}
