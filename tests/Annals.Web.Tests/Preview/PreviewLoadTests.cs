using System.Collections.Concurrent;
using System.Net;
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
    private PreviewHarness? _preview;

    public async ValueTask InitializeAsync()
    {
        _site.AddPost("input/posts/2024/a.md", "First title", "2024-05-01", "topics: [Peace]\n");
        for (int i = 0; i < 30; i++)
        {
            _site.AddPost($"input/posts/2023/p{i}.md", $"Older item {i}", "2023-03-01", "topics: [Peace]\n");
        }

        _preview = await PreviewHarness.StartAsync(_site, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_preview is not null)
        {
            await _preview.DisposeAsync();
        }

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
                    using HttpResponseMessage response = await http.GetAsync(new Uri(_preview!.Server.Address, path), token);
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
                    string status = await RawHttp.GetStatusLineAsync(_preview!.Server.Address, Traversals[save % Traversals.Length], token);
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
}
