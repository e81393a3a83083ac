using AngleSharp.Dom;
using Annals.Web.Building;

namespace Annals.Web.Tests.Integration;

public sealed class ArchiveBuildTests : IAsyncLifetime
{
    private readonly TestSite _site = ArchiveSite.Create();

    public async ValueTask InitializeAsync()
    {
        BuildReport report = await _site.BuildAsync();
        Assert.True(report.Succeeded, string.Join("\n", _site.Messages));
    }

    public ValueTask DisposeAsync()
    {
        _site.Dispose();
        return ValueTask.CompletedTask;
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("page/2/index.html")]
    [InlineData("news/2024/report-on-the-eighth-forum/index.html")]
    [InlineData("news/2022/roundtable-in-valletta/index.html")]
    [InlineData("events/index.html")]
    [InlineData("events/geneva-forum-2024/index.html")]
    [InlineData("events/valletta-roundtable/index.html")]
    [InlineData("series/geneva-forum/index.html")]
    [InlineData("archive/index.html")]
    [InlineData("archive/2023/index.html")]
    [InlineData("topics/index.html")]
    [InlineData("topics/osce/index.html")]
    [InlineData("topics/human-trafficking/index.html")]
    [InlineData("feed.xml")]
    [InlineData("topics/osce/feed.xml")]
    [InlineData("sitemap.xml")]
    [InlineData("robots.txt")]
    [InlineData("404.html")]
    [InlineData("_redirects")]
    public void Every_url_of_the_contract_exists(string path) => Assert.True(_site.Exists(path), path);

    [Fact]
    public void The_draft_appears_nowhere()
    {
        foreach (string file in Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories))
        {
            string text = File.ReadAllText(file);
            Assert.DoesNotContain("Secret plans", text, StringComparison.Ordinal);
            Assert.DoesNotContain("secret-plans", text, StringComparison.Ordinal);
            Assert.DoesNotContain("/news/secret.html", text, StringComparison.Ordinal);
        }

        Assert.False(_site.Exists("topics/secrets/index.html"));
    }

    [Fact]
    public void Event_page_lists_its_reports_newest_first_then_by_title_with_delegation_and_series()
    {
        IDocument page = _site.Html("events/geneva-forum-2024/index.html");
        string[] reports = [.. page.QuerySelectorAll("main a[href^='/news/']").Select(a => a.GetAttribute("href")!).Distinct()];
        Assert.Equal(["/news/2024/report-on-the-eighth-forum/", "/news/2024/statement-at-the-forum/"], reports);
        Assert.Contains("Anna Example", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main a[href='/series/geneva-forum/']"));
        Assert.NotNull(page.QuerySelector("main a[href='https://example.org/forum']"));
        Assert.Equal("Geneva Forum 2024", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void Series_page_lists_editions_in_order()
    {
        IDocument page = _site.Html("series/geneva-forum/index.html");
        string[] editions = [.. page.QuerySelectorAll("main a[href^='/events/']").Select(a => a.GetAttribute("href")!).Distinct()];
        Assert.Equal(["/events/geneva-forum-2023/", "/events/geneva-forum-2024/"], editions);
    }

    [Fact]
    public void Events_index_is_grouped_by_year_newest_first()
    {
        IDocument page = _site.Html("events/index.html");
        string[] events = [.. page.QuerySelectorAll("main .event-list a[href^='/events/']").Select(a => a.GetAttribute("href")!).Distinct()];
        Assert.Equal(["/events/geneva-forum-2024/", "/events/geneva-forum-2023/", "/events/valletta-roundtable/"], events);
        string[] years = [.. page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim())];
        Assert.Equal(["2024", "2023", "2022"], years);
    }

    [Fact]
    public void Archive_counts_items_per_year_and_year_pages_group_by_month()
    {
        string[] years = [.. _site.Html("archive/index.html").QuerySelectorAll("main li").Select(li => string.Join(' ', li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))];
        Assert.Equal(["2024 2 items", "2023 1 item", "2022 1 item"], years);
        IDocument year = _site.Html("archive/2024/index.html");
        Assert.Contains(year.QuerySelectorAll("main h2"), h => h.TextContent.Contains("May 2024", StringComparison.Ordinal));
    }

    [Fact]
    public void Topics_merge_spellings_and_take_names_from_topics_yml()
    {
        IDocument topics = _site.Html("topics/index.html");
        string[] links = [.. topics.QuerySelectorAll("main a[href^='/topics/']").Select(a => a.GetAttribute("href")!).Where(h => !h.EndsWith(".xml", StringComparison.Ordinal)).Distinct()];
        Assert.Equal(["/topics/human-trafficking/", "/topics/migration/", "/topics/osce/"], links);
        IDocument topic = _site.Html("topics/human-trafficking/index.html");
        Assert.Equal("Human trafficking", topic.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Prevention and protection of victims.", topic.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Item_page_links_event_topics_and_neighbours()
    {
        IDocument page = _site.Html("news/2024/report-on-the-eighth-forum/index.html");
        Assert.NotNull(page.QuerySelector("main a[href='/events/geneva-forum-2024/']"));
        Assert.NotNull(page.QuerySelector("main a[href='/topics/osce/']"));
        Assert.Contains(page.QuerySelectorAll("a[rel~='prev'], a[rel~='next']"), a => a.GetAttribute("href") == "/news/2024/statement-at-the-forum/");
    }

    [Fact]
    public void Redirects_hold_one_line_per_alias_of_published_items()
    {
        string[] lines = [.. _site.Read("_redirects").Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#'))];
        Assert.Equal(["/news/old-forum.html /news/2024/report-on-the-eighth-forum/ 301"], lines);
    }
}
