using System.Net;
using Annals.Web.Building;
using Annals.Web.Preview;
using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Preview;

/// <summary>The preview server over real HTTP on 127.0.0.1, serving a small site built by a session.</summary>
public sealed class PreviewServerTests : IAsyncLifetime
{
    private readonly TestSite _site = new();
    private BuildSession? _session;
    private PreviewServer? _server;
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    private PreviewServer Server => _server!;

    public async ValueTask InitializeAsync()
    {
        _site.AddPost("input/posts/2024/a.md", "First post", "2024-05-01", "aliases: [/old/first.html]\n");
        _site.AddPost("input/posts/2024/b.md", "Second post", "2024-05-02");
        _session = new BuildSession(BuildOptions.ForSite(_site.Root));
        SessionRun run = await _session.RunAsync(null, TestContext.Current.CancellationToken);
        Assert.True(run.Report.Succeeded, string.Join('\n', run.Report.Diagnostics));
        _server = await PreviewServer.StartAsync(0, TestContext.Current.CancellationToken);
        _server.Publish(run.Site!);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _session?.Dispose();
        _site.Dispose();
    }

    private Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(new Uri(Server.Address, path), TestContext.Current.CancellationToken);

    [Fact]
    public void It_listens_on_the_loopback_address_only() =>
        Assert.Equal("127.0.0.1", Server.Address.Host);

    [Fact]
    public async Task Pretty_urls_serve_the_folder_index_and_redirect_without_the_slash()
    {
        using HttpResponseMessage page = await GetAsync("/news/2024/first-post/");
        using HttpResponseMessage bare = await GetAsync("/news/2024/first-post?x=1");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("First post", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MovedPermanently, bare.StatusCode);
        Assert.Equal("/news/2024/first-post/?x=1", bare.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/", "text/html; charset=utf-8")]
    [InlineData("/feed.xml", "application/xml; charset=utf-8")]
    [InlineData("/sitemap.xml", "application/xml; charset=utf-8")]
    [InlineData("/robots.txt", "text/plain; charset=utf-8")]
    [InlineData("/search/manifest.json", "application/json; charset=utf-8")]
    public async Task Files_have_their_content_types(string path, string type)
    {
        using HttpResponseMessage response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task An_unknown_address_gets_the_404_page_with_status_404()
    {
        using HttpResponseMessage response = await GetAsync("/no/such/page/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aliases_redirect_as_in_the_redirects_file()
    {
        using HttpResponseMessage response = await GetAsync("/old/first.html");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/news/2024/first-post/", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/../../etc/passwd")]
    [InlineData("/news/../../input/site.yml")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/news/%2E%2E/%2e%2e/input/site.yml")]
    [InlineData("/..%5c..%5cinput%5csite.yml")]
    public async Task Paths_that_leave_the_site_are_refused(string target)
    {
        string status = await RawHttp.GetStatusLineAsync(Server.Address, target, TestContext.Current.CancellationToken);

        Assert.Matches("^HTTP/1.1 (400|404) ", status);
    }

    [Fact]
    public async Task Served_pages_get_the_live_reload_script_and_built_pages_do_not()
    {
        using HttpResponseMessage served = await GetAsync("/");
        using HttpResponseMessage script = await GetAsync(LiveReloadScript.ScriptPath);
        await _site.BuildAsync();

        Assert.Contains(LiveReloadScript.ScriptPath, await served.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType!.ToString());
        Assert.DoesNotContain("live-reload", _site.Read("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_events_endpoint_sends_a_reload_when_a_new_site_is_published()
    {
        await using var events = new SseReader();
        await events.StartAsync(Server.Address);

        Server.Publish(Server.Site);
        Server.Hub.Reload(Server.Site.Version);

        Assert.NotNull(await events.WaitForAsync("event: reload", TimeSpan.FromSeconds(20)));
    }
}
