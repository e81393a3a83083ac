using AngleSharp.Dom;
using Annals.Web.Building;

namespace Annals.Web.Tests.Integration;

public sealed class FirstBuildTests
{
    [Fact]
    public async Task Builds_a_page_per_item_and_a_home_page()
    {
        using var site = new TestSite();
        site.AddPost("input/posts/2024/2024-04-18-a.md", "Report on the Vienna conference", "2024-04-18", "topics: [Human trafficking, OSCE]\n", "The delegation **attended** the conference.");
        site.AddPost("input/posts/2023/2023-01-02-b.md", "Statement in Genève", "2023-01-02");

        BuildReport report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join("\n", site.Messages));
        IDocument page = site.Html("news/2024/report-on-the-vienna-conference/index.html");
        Assert.Equal("Report on the Vienna conference", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("2024-04-18", page.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("<strong>attended</strong>", page.QuerySelector("main")!.InnerHtml, StringComparison.Ordinal);
        string[] topicLinks = [.. page.QuerySelectorAll("a[href^='/topics/']").Select(a => a.GetAttribute("href")!)];
        Assert.Contains("/topics/human-trafficking/", topicLinks);
        Assert.Contains("/topics/osce/", topicLinks);
        Assert.True(site.Exists("news/2023/statement-in-geneve/index.html"));

        IDocument home = site.Html("index.html");
        string[] listed = [.. home.QuerySelectorAll("main a[href^='/news/']").Select(a => a.GetAttribute("href")!).Distinct()];
        Assert.Equal(["/news/2024/report-on-the-vienna-conference/", "/news/2023/statement-in-geneve/"], listed);
    }

    [Fact]
    public async Task Home_page_is_paginated_with_posts_per_page()
    {
        using var site = new TestSite();
        site.AddPost("input/posts/a.md", "First", "2024-01-01");
        site.AddPost("input/posts/b.md", "Second", "2024-01-02");
        site.AddPost("input/posts/c.md", "Third", "2024-01-03");

        await site.BuildAsync();

        Assert.True(site.LastReport!.Succeeded, string.Join("\n", site.Messages));
        IDocument second = site.Html("page/2/index.html");
        Assert.Contains(second.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/news/2024/first/");
        Assert.Contains(second.QuerySelectorAll("a[rel~='prev']"), a => a.GetAttribute("href") == "/");
        Assert.Contains(site.Html("index.html").QuerySelectorAll("a[rel~='next']"), a => a.GetAttribute("href") == "/page/2/");
        Assert.False(site.Exists("page/3/index.html"));
    }

    [Fact]
    public async Task Drafts_are_left_out_unless_asked_for()
    {
        using var site = new TestSite();
        site.AddPost("input/posts/a.md", "Published", "2024-01-01");
        site.AddPost("input/posts/b.md", "Not yet", "2024-01-02", "draft: true\n");

        await site.BuildAsync();
        Assert.False(site.Exists("news/2024/not-yet/index.html"));
        Assert.DoesNotContain("Not yet", site.Read("index.html"), StringComparison.Ordinal);

        await site.BuildAsync(o => o with { IncludeDrafts = true });
        Assert.True(site.Exists("news/2024/not-yet/index.html"));
    }

    [Fact]
    public async Task A_missing_title_fails_at_its_line_and_keeps_the_previous_site()
    {
        using var site = new TestSite();
        site.AddPost("input/posts/a.md", "Good", "2024-01-01");
        Assert.True((await site.BuildAsync()).Succeeded);
        string before = site.Read("index.html");

        site.Add("input/posts/b.md", "---\ndate: 2024-02-01\ntopics: [x]\n---\nNo title.\n");
        site.Add("input/posts/c.md", "---\ntitle: Bad date\ndate: 18 April 2024\n---\nText.\n");
        BuildReport report = await site.BuildAsync();

        Assert.False(report.Succeeded);
        Assert.Contains(site.Errors, e => e.StartsWith("input/posts/b.md:1:", StringComparison.Ordinal) && e.Contains("title", StringComparison.Ordinal));
        Assert.Contains(site.Errors, e => e.StartsWith("input/posts/c.md:3:", StringComparison.Ordinal) && e.Contains("date", StringComparison.Ordinal));
        Assert.Equal(before, site.Read("index.html"));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public async Task Assets_are_copied_and_theme_css_is_fingerprinted()
    {
        using var site = new TestSite();
        site.AddPost("input/posts/a.md", "Item", "2024-01-01");
        site.Add("input/assets/docs/programme.txt", "programme");

        await site.BuildAsync();

        Assert.True(site.LastReport!.Succeeded, string.Join("\n", site.Messages));
        Assert.Equal("programme", site.Read("assets/docs/programme.txt"));
        string stylesheet = site.Html("index.html").QuerySelector("link[rel='stylesheet']")!.GetAttribute("href")!;
        Assert.Matches(@"^/_theme/css/site\.[0-9a-f]{10}\.css$", stylesheet);
        Assert.True(site.Exists(stylesheet.TrimStart('/')));
    }

    [Fact]
    public async Task Two_items_with_one_url_are_an_error_in_both_files()
    {
        using var site = new TestSite();
        site.AddPost("input/posts/a.md", "Same title", "2024-01-01");
        site.AddPost("input/posts/b.md", "Same title", "2024-03-01");

        BuildReport report = await site.BuildAsync();

        Assert.False(report.Succeeded);
        Assert.Contains(site.Errors, e => e.StartsWith("input/posts/a.md:2", StringComparison.Ordinal) && e.Contains("AN0701", StringComparison.Ordinal));
        Assert.Contains(site.Errors, e => e.StartsWith("input/posts/b.md:2", StringComparison.Ordinal) && e.Contains("/news/2024/same-title/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Script_in_a_body_never_reaches_the_page()
    {
        using var site = new TestSite();
        site.AddPost("input/posts/a.md", "Item <script>alert(1)</script>", "2024-01-01", body: "Hello <script>alert(2)</script> <img src=x onerror=alert(3)>");

        await site.BuildAsync();

        Assert.True(site.LastReport!.Succeeded, string.Join("\n", site.Messages));
        string html = site.Read("news/2024/item-script-alert-1-script/index.html");
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_javascript_link_is_an_error_at_its_line()
    {
        using var site = new TestSite();
        site.AddPost("input/posts/a.md", "Item", "2024-01-01", body: "Intro.\n\n[click](javascript:alert(1))");

        await site.BuildAsync();

        Assert.Contains(site.Errors, e => e.StartsWith("input/posts/a.md:7:", StringComparison.Ordinal) && e.Contains("AN0501", StringComparison.Ordinal));
    }
}
