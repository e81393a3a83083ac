using AngleSharp.Dom;
using Annals.Web.Rendering;
using Xunit;

namespace Annals.Web.Tests.Rendering;

/// <summary>The event, series, archive, topic and 404 layouts of the repository's theme, with sample models.</summary>
public sealed class RealThemeArchiveTests
{
    public static TheoryData<string> Layouts => ["events", "event", "series", "archive", "year", "topics", "topic", "404"];

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Every_layout_makes_a_page_with_one_h1_and_the_frame(string layout)
    {
        IDocument page = RealTheme.Render(layout, Model(layout));

        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.NotNull(page.QuerySelector("main#main"));
        Assert.NotNull(page.QuerySelector("nav[aria-label='Main']"));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void The_events_index_groups_events_by_year()
    {
        IDocument page = RealTheme.Render("events", SampleArchiveModels.EventsIndex());

        Assert.Equal(["2024", "2023"], page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()));
        Assert.Equal(["/events/osce-alliance-2024/", "/events/osce-alliance-2023/"], page.QuerySelectorAll("main .event-summary-title a").Select(a => a.GetAttribute("href")));
        Assert.Equal("2024-04-15", page.QuerySelector(".event-summary time")?.GetAttribute("datetime"));
        Assert.Equal("/events/", page.QuerySelector("nav[aria-label='Main'] a[aria-current='page']")?.GetAttribute("href"));
    }

    [Fact]
    public void An_event_page_shows_its_facts_description_reports_and_delegation()
    {
        IDocument page = RealTheme.Render("event", SampleArchiveModels.EventPage(SampleArchiveModels.Event()));
        IElement main = page.QuerySelector("main")!;

        Assert.Equal("OSCE Alliance <2024>", main.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["Dates", "Place", "Organizer", "Theme", "Series", "Website", "Recording"], main.QuerySelectorAll(".event-facts dt").Select(dt => dt.TextContent.Trim()));
        Assert.Equal("/series/osce-alliance/", main.QuerySelector(".event-facts a[href^='/series/']")?.GetAttribute("href"));
        Assert.Contains("<em>yearly</em>", main.QuerySelector(".post-body")!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal(["/news/2024/report-1/", "/news/2024/report-2/"], main.QuerySelectorAll(".event-reports h3 a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Ana Silva", main.QuerySelector(".post-delegation")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_without_reports_says_so()
    {
        EventView view = SampleArchiveModels.Event() with { Reports = [], Delegations = [], Description = null, Series = null, Website = null, Recording = null, Theme = null, Location = null, Edition = null };

        IDocument page = RealTheme.Render("event", SampleArchiveModels.EventPage(view));

        Assert.Contains("Nothing has been published", page.QuerySelector(".event-reports")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".post-body, .post-delegation"));
    }

    [Fact]
    public void A_year_page_has_a_section_per_month_with_item_headings_below_it()
    {
        IDocument page = RealTheme.Render("year", SampleArchiveModels.YearPage());

        Assert.Equal(["month-04", "month-01"], page.QuerySelectorAll("main h2").Select(h => h.Id));
        Assert.Equal(3, page.QuerySelectorAll("main h3.item-title").Length);
        Assert.Equal("/archive/2024/", page.QuerySelector("nav[aria-label='Other years'] a[aria-current='page']")?.GetAttribute("href"));
    }

    [Fact]
    public void A_topic_page_lists_its_items_links_its_feed_and_pages()
    {
        IDocument page = RealTheme.Render("topic", SampleArchiveModels.TopicPage(1, 2));

        Assert.Equal(2, page.QuerySelectorAll("main h2.item-title").Length);
        Assert.NotNull(page.QuerySelector("main a[href='/topics/human-trafficking/feed.xml']"));
        Assert.Equal("/topics/human-trafficking/page/2/", page.QuerySelector("a[rel='next']")?.GetAttribute("href"));
    }

    [Fact]
    public void The_archive_and_topics_indexes_link_every_entry_with_its_count()
    {
        IDocument archive = RealTheme.Render("archive", SampleArchiveModels.ArchiveIndex());
        IDocument topics = RealTheme.Render("topics", SampleArchiveModels.TopicsIndex());

        Assert.Equal(["/archive/2024/", "/archive/2023/"], archive.QuerySelectorAll("main .year-list a").Select(a => a.GetAttribute("href")));
        Assert.Equal("1 item", archive.QuerySelectorAll("main .count")[1].TextContent.Trim());
        Assert.Equal(["/topics/human-trafficking/", "/topics/osce/"], topics.QuerySelectorAll("main .topic-list a").Select(a => a.GetAttribute("href")));
    }

    private static PageModel Model(string layout) => layout switch
    {
        "events" => SampleArchiveModels.EventsIndex(),
        "event" => SampleArchiveModels.EventPage(SampleArchiveModels.Event()),
        "series" => SampleArchiveModels.SeriesPage(),
        "archive" => SampleArchiveModels.ArchiveIndex(),
        "year" => SampleArchiveModels.YearPage(),
        "topics" => SampleArchiveModels.TopicsIndex(),
        "topic" => SampleArchiveModels.TopicPage(2, 3),
        _ => SampleArchiveModels.NotFound(),
    };
}
