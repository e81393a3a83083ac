using System.Text.Json;

namespace Annals.Browser.Tests;

/// <summary>The W3C Nu HTML Checker (vnu.jar, from npm) over every HTML page and the stylesheet of the sample site.</summary>
public sealed class HtmlValidityTests(SampleArchiveFixture site)
{
    [Fact]
    public async Task Every_page_and_the_stylesheet_pass_the_nu_html_checker()
    {
        Prerequisites.Require(QualityTools.Missing("java", QualityTools.VnuJar));

        var (exitCode, output, errors) = await QualityTools.RunAsync(
            "java",
            ["-jar", QualityTools.VnuJar, "--format", "json", "--skip-non-html", "--also-check-css", "--also-check-svg", site.Output]);

        // With --format json the report is written to standard error.
        using JsonDocument report = JsonDocument.Parse(string.IsNullOrWhiteSpace(errors) ? output : errors);
        var problems = report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => !IsFileOriginArtefact(m))
            .Select(m => $"{Text(m, "type")} {Text(m, "subType")} {PagePath(Text(m, "url"))}:{Text(m, "lastLine")}: {Text(m, "message")}")
            .ToList();
        int checkedPages = site.HtmlFiles().Count;

        Assert.True(problems.Count == 0, $"The Nu HTML Checker found {problems.Count} problems in {checkedPages} pages:\n{string.Join("\n", problems)}");
        Assert.Equal(0, exitCode);
        Assert.True(checkedPages > 40, $"only {checkedPages} pages were checked");
    }

    /// <summary>
    /// Checked as files, a page's origin is file:, which its CSP's 'self' does not cover, so the checker notes that a
    /// resource of the site itself (the stylesheet, a picture under /_img/, the editor's script) "violates" the policy.
    /// Served over HTTP (as the browser tests load them) the same pages load them. Resources on other hosts are not
    /// excused.
    /// </summary>
    private static bool IsFileOriginArtefact(JsonElement message)
    {
        string text = Text(message, "message");
        if (Text(message, "type") != "info" || !text.StartsWith("Resource violates Content Security Policy (meta tag): ", StringComparison.Ordinal))
        {
            return false;
        }

        int open = text.IndexOf('“', StringComparison.Ordinal);
        int close = text.IndexOf('”', open + 1);
        string url = open >= 0 && close > open ? text[(open + 1)..close] : "//unknown";
        return !url.Contains(':', StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal);
    }

    /// <summary>The checker names files <c>file:/tmp/.../output/events/index.html</c>: shown from the site root.</summary>
    private string PagePath(string url)
    {
        string path = url.StartsWith("file:", StringComparison.Ordinal) ? Uri.UnescapeDataString(url["file:".Length..]) : url;
        return path.StartsWith(site.Output, StringComparison.Ordinal) ? path[(site.Output.Length + 1)..] : path;
    }

    private static string Text(JsonElement message, string name) =>
        message.TryGetProperty(name, out JsonElement value) ? value.ToString() : string.Empty;
}
