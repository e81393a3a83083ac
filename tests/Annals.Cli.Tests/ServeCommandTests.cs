using System.Net;

namespace Annals.Cli.Tests;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_builds_serves_on_loopback_and_stops_cleanly_when_cancelled()
    {
        using var site = new CliSite();
        site.Write("input/posts/a.md", "---\ntitle: Hello\ndate: 2024-05-01\n---\nText.\n");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        using var output = new CapturedOutput();
        using var error = new CapturedOutput();
        var environment = new CliEnvironment(output.Writer, error.Writer, TimeProvider.System, Interactive: false);

        Task<int> serving = AnnalsCommandLine.RunAsync(
            ["serve", "--port", "0", "--input", Path.Combine(site.Root, "input"), "--theme", Path.Combine(site.Root, "theme")],
            environment,
            stop.Token);
        string? address = null;
        for (int attempt = 0; attempt < 600 && address is null && !serving.IsCompleted; attempt++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            address = System.Text.RegularExpressions.Regex.Match(output.Text, @"http://127\.0\.0\.1:\d+/") is { Success: true } m ? m.Value : null;
        }

        Assert.NotNull(address);
        using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) })
        {
            using HttpResponseMessage page = await http.GetAsync(new Uri(new Uri(address), "/news/2024/hello/"), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        await stop.CancelAsync();
        int exitCode = await serving.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("Stopped.", output.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_is_refused_with_a_hint()
    {
        using var site = new CliSite();
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var (exitCode, _, error) = await site.RunAsync("serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--input", "@input", "--theme", "@theme");

        Assert.Equal(ExitCodes.BadUsage, exitCode);
        Assert.Contains("--port", error, StringComparison.Ordinal);
    }
}
