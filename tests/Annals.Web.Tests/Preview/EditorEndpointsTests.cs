using System.Net;
using System.Text;
using Annals.Web.Building;
using Annals.Web.Cms;
using Annals.Web.Cms.Local;
using Annals.Web.Preview;

namespace Annals.Web.Tests.Preview;

/// <summary>
/// The editor's endpoints on the preview server (<c>annals serve --cms</c>): the API answers only its own editor page
/// (a POST of JSON with this server's Origin and Host), Decap's files are served by plain name only, and the editor
/// page gets no live-reload script.
/// </summary>
public sealed class EditorEndpointsTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "annals-endpoints-" + Guid.NewGuid().ToString("N"));
    private PreviewServer? _server;
    private HttpClient? _http;

    private PreviewServer Server => _server!;

    private HttpClient Http => _http!;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_root, "input", "posts"));
        Directory.CreateDirectory(Path.Combine(_root, "dist"));
        await File.WriteAllTextAsync(Path.Combine(_root, "dist", DecapBundle.FileName), "/* decap */", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(_root, "secret.txt"), "secret", TestContext.Current.CancellationToken);
        var endpoints = new EditorEndpoints(new LocalBackendApi(new LocalRepository(_root)), Path.Combine(_root, "dist"));
        _server = await PreviewServer.StartAsync(0, endpoints, TestContext.Current.CancellationToken);
        _http = new HttpClient { BaseAddress = _server.Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async ValueTask DisposeAsync()
    {
        _http?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task The_editor_page_of_this_server_can_call_the_api()
    {
        using HttpResponseMessage response = await PostAsync(Origin, "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"local_fs\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("http://evil.example", "application/json")]
    [InlineData("null", "application/json")]
    [InlineData("self", "text/plain")]
    [InlineData("self", null)]
    public async Task Requests_another_page_could_send_are_refused(string? origin, string? type)
    {
        using HttpResponseMessage response = await PostAsync(origin == "self" ? Origin : origin, type);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_rebinding_host_name_and_a_get_are_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, LocalEditor.ApiPath) { Content = Json() };
        request.Headers.Host = "attacker.example:" + Server.Address.Port;
        request.Headers.Add("Origin", "http://attacker.example:" + Server.Address.Port);
        using HttpResponseMessage rebinding = await Http.SendAsync(request, TestContext.Current.CancellationToken);
        using HttpResponseMessage get = await Http.GetAsync(LocalEditor.ApiPath, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, rebinding.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
    }

    [Fact]
    public async Task Decaps_files_are_served_by_plain_name_only()
    {
        using HttpResponseMessage script = await Http.GetAsync(LocalEditor.ScriptFolder + DecapBundle.FileName, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.StartsWith("text/javascript", script.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        foreach (string target in new[] { "../secret.txt", "..%2fsecret.txt", "%2e%2e/secret.txt", ".hidden", "sub/x.js" })
        {
            string status = await RawHttp.GetStatusLineAsync(Server.Address, LocalEditor.ScriptFolder + target, TestContext.Current.CancellationToken);
            Assert.DoesNotContain(" 200 ", status, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_editor_page_gets_no_live_reload_but_site_pages_do()
    {
        var files = new Dictionary<string, SiteFile>(StringComparer.Ordinal)
        {
            ["admin/index.html"] = SiteFile.FromBytes(Encoding.UTF8.GetBytes("<html><body>editor</body></html>")),
            ["index.html"] = SiteFile.FromBytes(Encoding.UTF8.GetBytes("<html><body>home</body></html>")),
        };
        Server.Publish(new SiteSnapshot(files, 1));

        string admin = await Http.GetStringAsync("/admin/", TestContext.Current.CancellationToken);
        string home = await Http.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.DoesNotContain(LiveReloadScript.ScriptPath, admin, StringComparison.Ordinal);
        Assert.Contains(LiveReloadScript.ScriptPath, home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_editor_the_api_path_is_not_there()
    {
        await using PreviewServer plain = await PreviewServer.StartAsync(0, TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = plain.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, LocalEditor.ApiPath) { Content = Json() };
        request.Headers.Add("Origin", plain.Address.GetLeftPart(UriPartial.Authority));
        using HttpResponseMessage response = await http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private string Origin => Server.Address.GetLeftPart(UriPartial.Authority);

    private async Task<HttpResponseMessage> PostAsync(string? origin, string? type)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, LocalEditor.ApiPath)
        {
            Content = new ByteArrayContent("{\"action\":\"info\"}"u8.ToArray()),
        };
        if (type is not null)
        {
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static StringContent Json() => new("{\"action\":\"info\"}", Encoding.UTF8, "application/json");
}
