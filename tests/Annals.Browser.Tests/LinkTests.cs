using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Annals.Browser.Tests;

/// <summary>
/// linkinator (from npm) crawls the served sample site from its home page; every anchor of every page is checked
/// here too, because linkinator checks a fragment only if it meets the link before it has crawled the page.
/// </summary>
public sealed class LinkTests(SampleArchiveFixture site)
{
    [Fact]
    public async Task No_internal_link_or_anchor_is_broken()
    {
        Prerequisites.Require(QualityTools.Missing("node", QualityTools.LinkinatorCli));

        // Links to other hosts (the canonical https:// address, event websites) are not followed: there is no network.
        var (_, output, errors) = await QualityTools.RunAsync(
            "node",
            [QualityTools.LinkinatorCli, site.Server.Url("/").ToString(), "--recurse", "--check-fragments", "--check-css",
                "--skip", "^https?://(?!127\\.0\\.0\\.1[:/])", "--format", "json", "--verbosity", "info"]);

        using JsonDocument report = JsonDocument.Parse(output.Length > 0 ? output : "{}");
        Assert.True(report.RootElement.TryGetProperty("links", out JsonElement links), $"linkinator wrote no report:\n{errors}");
        var byState = links.EnumerateArray().GroupBy(l => l.GetProperty("state").GetString()).ToDictionary(g => g.Key!, g => g.ToList());
        List<string> broken = [.. byState.GetValueOrDefault("BROKEN", [])
            .Select(l => $"{l.GetProperty("url").GetString()} ({l.GetProperty("status")}) on {l.GetProperty("parent").GetString()}")];
        int checkedLinks = byState.GetValueOrDefault("OK", []).Count;

        Assert.True(broken.Count == 0, $"{broken.Count} broken links:\n{string.Join("\n", broken)}");
        Assert.True(report.RootElement.GetProperty("passed").GetBoolean());

        // Every page is reached by a link: the crawl found them all (plus the stylesheet and the feeds).
        Assert.True(checkedLinks > site.HtmlFiles().Count - 1, $"only {checkedLinks} links were checked");
    }

    [Fact]
    public void Every_internal_anchor_names_an_element_of_its_page()
    {
        var parser = new HtmlParser();
        var pages = new Dictionary<string, IDocument>(StringComparer.Ordinal);
        IDocument Load(string path) => pages.TryGetValue(path, out IDocument? page)
            ? page
            : pages[path] = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, path)));

        var origin = new Uri("http://site.invalid/");
        List<string> broken = [];
        int anchors = 0;
        foreach (string path in site.HtmlFiles())
        {
            var pageUrl = new Uri(origin, path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path);
            foreach (IElement link in Load(path).QuerySelectorAll("a[href*='#'], link[href*='#']"))
            {
                var target = new Uri(pageUrl, link.GetAttribute("href")!);
                string id = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
                if (target.Host != origin.Host || id.Length == 0)
                {
                    continue;
                }

                anchors++;
                string file = target.AbsolutePath.TrimStart('/');
                file = file.Length == 0 || file.EndsWith('/') ? file + "index.html" : file;
                if (!File.Exists(Path.Combine(site.Output, file)))
                {
                    broken.Add($"{path}: {link.GetAttribute("href")} (no page {file})");
                }
                else if (Load(file).GetElementById(id) is null)
                {
                    broken.Add($"{path}: {link.GetAttribute("href")} (no element with id '{id}' in {file})");
                }
            }
        }

        Assert.True(broken.Count == 0, $"{broken.Count} broken anchors:\n{string.Join("\n", broken)}");
        Assert.True(anchors > site.HtmlFiles().Count, $"only {anchors} anchors were checked");
    }
}
