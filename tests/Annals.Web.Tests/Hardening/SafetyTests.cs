using AngleSharp.Dom;
using Annals.Web.Building;
using Annals.Web.Content;
using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Hardening;

/// <summary>Content never puts executable script into any output file, and every front-matter value shows as the text written.</summary>
public sealed class SafetyTests
{
    [Fact]
    public async Task No_output_file_of_a_hostile_site_can_run_script()
    {
        using TestSite site = HostileSite.Create();

        BuildReport report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join("\n", site.Messages));
        IReadOnlyList<string> problems = OutputScanner.Problems(site.Output, HostileSite.VideoHosts);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains(site.Messages, m => m.StartsWith("input/posts/2024/hostile.md:", StringComparison.Ordinal) && m.Contains("warning AN0502", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Front_matter_values_show_as_the_text_written()
    {
        using TestSite site = HostileSite.Create();
        await site.BuildAsync();

        IDocument post = site.Html("news/2024/" + PostSlug() + "/index.html");
        Assert.Equal(HostileSite.Payload, post.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(HostileSite.Payload + " — " + HostileSite.SiteTitle, post.Title);
        Assert.Equal(HostileSite.Payload, post.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        string main = post.QuerySelector("main")!.TextContent;
        Assert.True(Count(main, HostileSite.Payload) >= 6, main);
        Assert.Contains("https://example.org/watch?v=1&t=\"2\"", post.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains(HostileSite.Payload, post.QuerySelector("footer")!.TextContent, StringComparison.Ordinal);

        IDocument forum = site.Html("events/forum-2024/index.html");
        Assert.Equal(HostileSite.Payload, forum.QuerySelector("h1")!.TextContent.Trim());
        Assert.True(Count(forum.QuerySelector("main")!.TextContent, HostileSite.Payload) >= 3);
        Assert.Contains("https://example.org/?a=1&b=\"2\"", forum.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Body_html_keeps_tables_figures_and_allowed_videos_only()
    {
        using TestSite site = HostileSite.Create();
        await site.BuildAsync();

        IElement main = site.Html("news/2024/" + PostSlug() + "/index.html").QuerySelector("main")!;
        Assert.Equal(["https://www.youtube-nocookie.com/embed/ok"], main.QuerySelectorAll("iframe").Select(f => f.GetAttribute("src")));
        Assert.Contains("kept table", main.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(main.QuerySelectorAll("figure figcaption"), c => c.TextContent == "kept figure");
        Assert.Contains("<script>alert('code')</script>", main.QuerySelector("code")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("{{ include 'base' }}", main.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_page_is_the_only_page_with_a_script_and_it_is_the_theme_module()
    {
        using TestSite site = HostileSite.Create();
        await site.BuildAsync();

        IElement script = Assert.Single(site.Html("search/index.html").QuerySelectorAll("script:not([type='application/ld+json'])"));
        Assert.Equal("module", script.GetAttribute("type"));
        Assert.StartsWith("/_theme/js/", script.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Empty(site.Html("index.html").QuerySelectorAll("script:not([type='application/ld+json'])"));
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))", 5)]
    [InlineData("[x](JAVASCRIPT:alert(1))", 5)]
    [InlineData("[x](<java script:alert(1)>)", 5)]
    [InlineData("![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)", 5)]
    [InlineData("[x](data:text/html,<script>alert(1)</script>)", 5)]
    [InlineData("[x](vbscript:msgbox)", 5)]
    [InlineData("[x](file:///etc/passwd)", 5)]
    [InlineData("Para.\n\n[ref]: javascript:alert(1)\n\n[click][ref]", 9)]
    [InlineData("Para.\n\n<javascript:alert(1)>", 7)]
    public async Task Markdown_links_with_unsafe_schemes_are_errors_at_their_line(string body, int line)
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Site.AddPost("input/posts/links.md", "Links", "2024-04-18", body: body);

        await site.AssertRejectedAtAsync($"input/posts/links.md:{line}", "AN0501");
    }

    [Fact]
    public void The_scanner_finds_each_kind_of_problem_it_looks_for()
    {
        string folder = Directory.CreateTempSubdirectory("annals-scan-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "page.html"),
                "<p onclick=x>a</p><a href=' JaVa\tScRiPt:x'>b</a><img src='data:image/png;base64,AA'><script>x</script>" +
                "<iframe src='https://evil.example/'></iframe><p style='x'>c</p><form action='https://evil.example/'></form><object></object>");
            File.WriteAllText(Path.Combine(folder, "feed.xml"), "<feed><content type=\"html\">&lt;img src=x onerror=alert(1)&gt;</content></feed>");
            File.WriteAllText(Path.Combine(folder, "broken.xml"), "<feed>");
            File.WriteAllText(Path.Combine(folder, "data.json"), "{\"u\": \"javascript:alert(1)\"}");
            File.WriteAllText(Path.Combine(folder, "_redirects"), "# comment\n/a /b 301\n/a b /c 301\n/é /b 301\n");
            File.WriteAllText(Path.Combine(folder, "data.html"),
                "<script type=\"application/ld+json\">{\"name\":\"</b>\"}</script>" +
                "<script type=\"application/ld+json\" src=\"/x.json\"></script>" +
                "<script type=\"application/ld+json\">{not json}</script>" +
                "<script type=\"application/LD+JSON\">{}</script>");
            File.WriteAllText(Path.Combine(folder, "clean.html"), "<script type=\"application/ld+json\">{\"name\":\"a \\u003C/script b\"}</script>");
            File.WriteAllText(Path.Combine(folder, "feed.json"), "{\"items\":[{\"content_html\":\"<img src=x onerror=alert(1)>\",\"url\":\"javascript:alert(1)\"}]}");
            File.WriteAllText(Path.Combine(folder, "event.ics"), "BEGIN:VCALENDAR\r\nURL:javascript:alert(1)\r\nURL;VALUE=URI:java\r\n script:alert(1)\r\nURL:https://example.org/\r\nEND:VCALENDAR\r\n");

            IReadOnlyList<string> problems = OutputScanner.Problems(folder, HostileSite.VideoHosts);

            // 13 in page.html, feed.xml, broken.xml, data.json and _redirects; data.html: a raw '<', a src (and no
            // text to parse), text that is not JSON, a type that is not exactly application/ld+json; feed.json: the
            // handler in content_html and the url; event.ics: two javascript: URLs, one of them folded.
            Assert.Equal(13 + 5 + 2 + 2, problems.Count);
            Assert.DoesNotContain(problems, p => p.StartsWith("clean.html", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string PostSlug() => Slugifier.Slugify(HostileSite.Payload);

    private static int Count(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
