using System.Xml.Linq;

namespace Annals.Web.Tests.Integration;

public sealed class FeedAndSitemapTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task The_feed_is_atom_with_absolute_urls_and_the_dates_own_offsets()
    {
        using var site = new TestSite();
        site.AddPost("input/posts/a.md", "New year's eve statement", "2023-12-31T23:30:00-05:00", "topics: [Peace]\n", "See [the archive](/archive/).");
        site.AddPost("input/posts/b.md", "Spring report", "2024-03-01");
        await site.BuildAsync();
        Assert.True(site.LastReport!.Succeeded, string.Join("\n", site.Messages));

        XDocument feed = XDocument.Parse(site.Read("feed.xml"));
        Assert.Equal(Atom + "feed", feed.Root!.Name);
        XElement[] entries = [.. feed.Root.Elements(Atom + "entry")];
        Assert.Equal(["Spring report", "New year's eve statement"], entries.Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal("https://example.org/news/2023/new-year-s-eve-statement/", entries[1].Element(Atom + "id")!.Value);
        Assert.Equal("2023-12-31T23:30:00-05:00", entries[1].Element(Atom + "published")!.Value);
        Assert.Contains("href=\"https://example.org/archive/\"", entries[1].Element(Atom + "content")!.Value, StringComparison.Ordinal);
        Assert.Equal("2024-03-01T00:00:00Z", feed.Root.Element(Atom + "updated")!.Value);

        XDocument topicFeed = XDocument.Parse(site.Read("topics/peace/feed.xml"));
        Assert.Single(topicFeed.Root!.Elements(Atom + "entry"));
    }

    [Fact]
    public async Task The_feed_holds_the_latest_twenty_items()
    {
        using var site = new TestSite();
        for (int day = 1; day <= 25; day++)
        {
            site.AddPost($"input/posts/p{day}.md", $"Item {day}", $"2024-01-{day:00}");
        }

        await site.BuildAsync();

        XElement[] entries = [.. XDocument.Parse(site.Read("feed.xml")).Root!.Elements(Atom + "entry")];
        Assert.Equal(20, entries.Length);
        Assert.Equal("Item 25", entries[0].Element(Atom + "title")!.Value);
    }

    [Fact]
    public async Task The_sitemap_lists_every_public_page_with_absolute_urls_and_robots_names_it()
    {
        using var site = new TestSite();
        site.AddPost("input/posts/a.md", "One", "2024-02-03", "topics: [Peace]\n");
        await site.BuildAsync();

        XDocument sitemap = XDocument.Parse(site.Read("sitemap.xml"));
        string[] urls = [.. sitemap.Root!.Elements(Sitemaps + "url").Select(u => u.Element(Sitemaps + "loc")!.Value)];
        Assert.Contains("https://example.org/", urls);
        Assert.Contains("https://example.org/news/2024/one/", urls);
        Assert.Contains("https://example.org/topics/peace/", urls);
        Assert.DoesNotContain(urls, u => u.EndsWith("404.html", StringComparison.Ordinal));
        Assert.All(urls, u => Assert.StartsWith("https://example.org/", u, StringComparison.Ordinal));
        XElement item = sitemap.Root.Elements(Sitemaps + "url").Single(u => u.Element(Sitemaps + "loc")!.Value.EndsWith("/one/", StringComparison.Ordinal));
        Assert.Equal("2024-02-03", item.Element(Sitemaps + "lastmod")!.Value);
        Assert.Contains("Sitemap: https://example.org/sitemap.xml", site.Read("robots.txt"), StringComparison.Ordinal);
    }
}
