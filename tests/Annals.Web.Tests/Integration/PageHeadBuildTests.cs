using System.Text.Json;
using AngleSharp.Dom;
using Annals.Web.Tests.StructuredData;

namespace Annals.Web.Tests.Integration;

/// <summary>What every built page tells link previews, feed readers and search engines, read back from the HTML.</summary>
public sealed class PageHeadBuildTests(RichDataSite fixture) : IClassFixture<RichDataSite>
{
    private const string SharedHallImage = @"^https://example\.org/_img/hall-\d+\.[0-9a-f]{10}\.png$";

    private readonly TestSite _site = fixture.Site;

    [Fact]
    public void Every_page_has_a_description_canonical_url_open_graph_and_twitter_card()
    {
        List<string> problems = [];
        foreach (string path in fixture.HtmlPages())
        {
            IDocument page = _site.Html(path);
            string expectedUrl = "https://example.org/" + (path == "404.html" ? path : path[..^"index.html".Length]);
            void Expect(string selector, Func<string?, bool> ok)
            {
                string? value = page.QuerySelector(selector)?.GetAttribute(selector.StartsWith("link", StringComparison.Ordinal) ? "href" : "content");
                if (!ok(value))
                {
                    problems.Add($"{path}: {selector} = '{value}'");
                }
            }

            Expect("link[rel='canonical']", v => v == expectedUrl);
            Expect("meta[property='og:url']", v => v == expectedUrl);
            Expect("meta[name='description']", v => !string.IsNullOrWhiteSpace(v));
            Expect("meta[property='og:description']", v => !string.IsNullOrWhiteSpace(v));
            Expect("meta[property='og:title']", v => !string.IsNullOrWhiteSpace(v));
            Expect("meta[name='twitter:title']", v => !string.IsNullOrWhiteSpace(v));
            Expect("meta[name='twitter:description']", v => !string.IsNullOrWhiteSpace(v));
            Expect("meta[property='og:image']", v => v?.StartsWith("https://example.org/", StringComparison.Ordinal) == true);
            Expect("meta[property='og:image:alt']", v => !string.IsNullOrWhiteSpace(v));
            Expect("meta[name='twitter:card']", v => v == "summary_large_image");
            Expect("link[rel='alternate'][type='application/atom+xml'][href='/feed.xml']", v => v == "/feed.xml");
            Expect("link[rel='alternate'][type='application/feed+json']", v => v == "/feed.json");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void A_page_without_its_own_image_shows_the_theme_default_with_its_size()
    {
        IDocument page = _site.Html("news/2023/report-on-the-23rd-conference/index.html");

        string image = page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        Assert.Matches(@"^https://example\.org/_theme/images/share\.[0-9a-f]{10}\.png$", image);
        Assert.True(_site.Exists(image["https://example.org/".Length..]));
        Assert.Equal("1200", page.QuerySelector("meta[property='og:image:width']")?.GetAttribute("content"));
        Assert.Equal("630", page.QuerySelector("meta[property='og:image:height']")?.GetAttribute("content"));
        Assert.Equal(image, page.QuerySelector("meta[name='twitter:image']")?.GetAttribute("content"));
    }

    [Fact]
    public void An_item_with_an_image_shows_it()
    {
        IDocument page = _site.Html("news/2024/report-on-the-24th-conference/index.html");

        // The picture's published copy in its own format (not WebP, which some link previewers cannot show).
        string? shared = page.QuerySelector("meta[property='og:image']")?.GetAttribute("content");
        Assert.Matches(SharedHallImage, shared);
        Assert.True(_site.Exists(new Uri(shared!).AbsolutePath.TrimStart('/')), $"{shared} is not in the output");
        Assert.Equal("The hall of the Hofburg", page.QuerySelector("meta[property='og:image:alt']")?.GetAttribute("content"));
        Assert.Null(page.QuerySelector("meta[property='og:image:width']"));
        Assert.Equal(["Human trafficking", "OSCE"], page.QuerySelectorAll("meta[property='article:tag']").Select(m => m.GetAttribute("content")));
    }

    [Fact]
    public void Every_page_json_ld_is_valid_and_its_breadcrumbs_match_the_visible_trail()
    {
        List<string> problems = [];
        foreach (string path in fixture.HtmlPages())
        {
            IDocument page = _site.Html(path);
            IElement[] blocks = [.. page.QuerySelectorAll("script[type='application/ld+json']")];
            if (path is "404.html")
            {
                Assert.Empty(blocks);
                continue;
            }

            IElement block = Assert.Single(blocks);
            Assert.DoesNotContain("<", block.TextContent, StringComparison.Ordinal);
            using JsonDocument json = JsonDocument.Parse(block.TextContent);
            problems.AddRange(RichResults.Problems(json.RootElement).Select(p => $"{path}: {p}"));

            string[] visible = [.. page.QuerySelectorAll("nav.breadcrumbs a").Select(a => "https://example.org" + a.GetAttribute("href"))];
            string[] data = [.. RichResults.Nodes(json.RootElement).Where(n => RichResults.TypeOf(n) == "BreadcrumbList")
                .SelectMany(n => n.GetProperty("itemListElement").EnumerateArray()).Select(i => i.GetProperty("item").GetString()!)];
            if (!visible.SequenceEqual(data))
            {
                problems.Add($"{path}: breadcrumbs [{string.Join(", ", visible)}] but BreadcrumbList [{string.Join(", ", data)}]");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Items_are_news_articles_and_the_home_page_is_the_searchable_website()
    {
        using JsonDocument article = JsonLd("news/2024/report-on-the-24th-conference/index.html");
        JsonElement node = RichResults.Single(article.RootElement, "NewsArticle");
        Assert.Equal("2024-04-18T09:30:00+02:00", node.GetProperty("datePublished").GetString());
        Assert.Equal(["Ana Silva", "Jon Berg"], node.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal("Example Order", node.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Matches(SharedHallImage, Assert.Single(node.GetProperty("image").EnumerateArray()).GetString());

        using JsonDocument home = JsonLd("index.html");
        JsonElement website = RichResults.Single(home.RootElement, "WebSite");
        Assert.Equal("https://example.org/search/?q={search_term_string}", website.GetProperty("potentialAction").GetProperty("target").GetProperty("urlTemplate").GetString());
        using JsonDocument second = JsonLd("page/2/index.html");
        Assert.DoesNotContain(RichResults.Nodes(second.RootElement), n => RichResults.TypeOf(n) == "WebSite");
    }

    [Theory]
    [InlineData("alliance-2024", "OfflineEventAttendanceMode")]
    [InlineData("webinar-2024", "OnlineEventAttendanceMode")]
    [InlineData("forum-2025", "MixedEventAttendanceMode")]
    public void Event_pages_are_events_with_their_attendance_mode(string id, string mode)
    {
        using JsonDocument json = JsonLd($"events/{id}/index.html");

        JsonElement ev = RichResults.Single(json.RootElement, "Event");
        Assert.Equal(RichResults.Schema + mode, ev.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal($"https://example.org/events/{id}/", ev.GetProperty("url").GetString());
    }

    [Fact]
    public void The_event_with_its_recording_says_where_it_was_recorded_and_the_one_with_no_place_has_no_event_data()
    {
        using JsonDocument alliance = JsonLd("events/alliance-2024/index.html");
        JsonElement ev = RichResults.Single(alliance.RootElement, "Event");
        Assert.Equal("https://video.example.org/alliance-2024", ev.GetProperty("recordedIn").GetProperty("url").GetString());
        Assert.Equal("Alliance Conference", ev.GetProperty("superEvent").GetProperty("name").GetString());
        Assert.Equal(("2024-04-15", "2024-04-16"), (ev.GetProperty("startDate").GetString(), ev.GetProperty("endDate").GetString()));

        using JsonDocument meeting = JsonLd("events/meeting-2022/index.html");
        Assert.DoesNotContain(RichResults.Nodes(meeting.RootElement), n => RichResults.TypeOf(n) == "Event");
    }

    [Fact]
    public void Series_pages_link_their_feed_and_event_pages_their_calendar_file()
    {
        IDocument series = _site.Html("series/alliance/index.html");
        Assert.Equal("/series/alliance/feed.xml", series.QuerySelector("link[rel='alternate'][type='application/atom+xml']")?.GetAttribute("href"));
        Assert.NotNull(series.QuerySelector("main a[href='/series/alliance/feed.xml']"));

        IDocument ev = _site.Html("events/alliance-2024/index.html");
        IElement add = ev.QuerySelectorAll("main a").Single(a => a.TextContent.Trim() == "Add to calendar");
        Assert.Equal("/events/alliance-2024/event.ics", add.GetAttribute("href"));
        Assert.Equal("text/calendar", add.GetAttribute("type"));
        Assert.True(_site.Exists("events/alliance-2024/event.ics"));
        Assert.NotNull(_site.Html("events/index.html").QuerySelector("main a[href='/events/calendar.ics']"));
    }

    private JsonDocument JsonLd(string path) =>
        JsonDocument.Parse(_site.Html(path).QuerySelector("script[type='application/ld+json']")!.TextContent);
}
