using System.Net;
using System.Text.RegularExpressions;

namespace Annals.Cli.Tests;

/// <summary><c>annals serve --cms</c>: the web editor on the preview, configured for the local backend of that preview.</summary>
public sealed partial class ServeCmsTests
{
    [Fact]
    public async Task Serve_cms_publishes_an_editor_that_uses_the_previews_own_api()
    {
        using var site = new CliSite();
        site.Write("input/posts/a.md", "---\ntitle: Hello\ndate: 2024-05-01\n---\nText.\n");
        site.Write("dist/decap-cms.js", "/* a stand-in for Decap */");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        using var output = new CapturedOutput();
        using var error = new CapturedOutput();
        var environment = new CliEnvironment(output.Writer, error.Writer, TimeProvider.System, Interactive: false);

        Task<int> serving = AnnalsCommandLine.RunAsync(
            ["serve", "--cms", "--decap", Path.Combine(site.Root, "dist"), "--port", "0", "--input", Path.Combine(site.Root, "input"), "--theme", Path.Combine(site.Root, "theme")],
            environment,
            stop.Token);
        string? address = null;
        for (int attempt = 0; attempt < 600 && address is null && !serving.IsCompleted; attempt++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            address = EditorLine().Match(output.Text) is { Success: true } m ? m.Groups[1].Value : null;
        }

        Assert.NotNull(address);
        using (var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) })
        {
            string config = await http.GetStringAsync("/admin/config.yml", TestContext.Current.CancellationToken);
            string page = await http.GetStringAsync("/admin/", TestContext.Current.CancellationToken);
            using HttpResponseMessage script = await http.GetAsync("/_annals/decap/decap-cms.js", TestContext.Current.CancellationToken);

            Assert.Contains($"url: {address}api/v1", config, StringComparison.Ordinal);
            Assert.Contains("<script src=\"/_annals/decap/decap-cms.js\" defer>", page, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        }

        await stop.CancelAsync();
        Assert.Equal(ExitCodes.Success, await serving.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_decap_path_without_the_script_is_refused_with_a_hint()
    {
        using var site = new CliSite();

        var (exitCode, _, error) = await site.RunAsync("serve", "--cms", "--decap", "@nowhere", "--port", "0", "--input", "@input", "--theme", "@theme");

        Assert.Equal(ExitCodes.BadUsage, exitCode);
        Assert.Contains("decap-cms.js", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decap_without_cms_is_a_usage_error()
    {
        using var site = new CliSite();

        var (exitCode, _, error) = await site.RunAsync("serve", "--decap", "@nowhere", "--port", "0", "--input", "@input", "--theme", "@theme");

        Assert.Equal(ExitCodes.BadUsage, exitCode);
        Assert.Contains("--cms", error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"web editor is at (http://127\.0\.0\.1:\d+/)admin/")]
    private static partial Regex EditorLine();
}
