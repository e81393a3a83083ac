using System.Text.Json;
using System.Xml.Linq;
using Ical.Net;
using Ical.Net.CalendarComponents;

namespace Annals.Web.Tests.Integration;

/// <summary>The JSON Feed, the series feeds and the calendars of a built site, parsed back as a reader's software would.</summary>
public sealed class FeedsAndCalendarsBuildTests(RichDataSite fixture) : IClassFixture<RichDataSite>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly TestSite _site = fixture.Site;

    [Fact]
    public void The_json_feed_is_json_feed_1_1_with_the_same_items_as_the_atom_feed()
    {
        using JsonDocument json = JsonDocument.Parse(_site.Read("feed.json"));
        JsonElement feed = json.RootElement;

        Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
        Assert.Equal("Test Archive", feed.GetProperty("title").GetString());
        Assert.Equal("https://example.org/", feed.GetProperty("home_page_url").GetString());
        Assert.Equal("https://example.org/feed.json", feed.GetProperty("feed_url").GetString());
        JsonElement[] items = [.. feed.GetProperty("items").EnumerateArray()];
        Assert.All(items, item =>
        {
            Assert.StartsWith("https://example.org/news/", item.GetProperty("id").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(item.GetProperty("content_html").GetString()));
            Assert.True(DateTimeOffset.TryParse(item.GetProperty("date_published").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
        });
        string[] atomIds = [.. XDocument.Parse(_site.Read("feed.xml")).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value)];
        Assert.Equal(atomIds, items.Select(i => i.GetProperty("id").GetString()));

        JsonElement report = items.Single(i => i.GetProperty("title").GetString() == "Report on the 24th conference");
        Assert.Equal("2024-04-18T09:30:00+02:00", report.GetProperty("date_published").GetString());
        Assert.Equal("https://example.org/assets/2024/hall.png", report.GetProperty("image").GetString());
        Assert.Equal(["Human trafficking", "OSCE"], report.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains("href=\"https://example.org/events/calendar.ics\"", report.GetProperty("content_html").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_series_feed_holds_the_reports_on_every_edition_newest_first()
    {
        XElement feed = XDocument.Parse(_site.Read("series/alliance/feed.xml")).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("https://example.org/series/alliance/feed.xml", feed.Element(Atom + "id")!.Value);
        Assert.Equal("Alliance Conference — Test Archive", feed.Element(Atom + "title")!.Value);
        Assert.Equal(
            ["Report on the 24th conference", "Report on the 23rd conference"],
            feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));
    }

    [Fact]
    public void The_events_calendar_has_one_all_day_event_per_event_with_stable_uids()
    {
        Calendar calendar = Calendar.Load(_site.Read("events/calendar.ics"))!;

        Assert.Equal(
            ["forum-2025@example.org", "webinar-2024@example.org", "alliance-2024@example.org", "alliance-2023@example.org", "meeting-2022@example.org"],
            calendar.Events.Select(e => e.Uid));
        Assert.All(calendar.Events, e => Assert.True(e.IsAllDay, e.Uid));
        CalendarEvent alliance = calendar.Events.Single(e => e.Uid == "alliance-2024@example.org");
        Assert.Equal((new DateOnly(2024, 4, 15), new DateOnly(2024, 4, 17)), (alliance.DtStart!.Date, alliance.DtEnd!.Date));
        Assert.Equal("Hofburg, Vienna, Austria", alliance.Location);
        Assert.Equal(new Uri("https://example.org/events/alliance-2024/"), alliance.Url);
        Assert.StartsWith("Theme: Beyond awareness; prevention, now\n\nThe 24th conference, on prevention.", alliance.Description, StringComparison.Ordinal);
        Assert.Equal("Alliance Conference 2024", alliance.Summary);

        // The stamp is the newest report's day, not the build's clock.
        Assert.Equal(new DateTime(2024, 4, 18, 0, 0, 0, DateTimeKind.Utc), alliance.DtStamp!.AsUtc);
        CalendarEvent webinar = calendar.Events.Single(e => e.Uid == "webinar-2024@example.org");
        Assert.Equal((new DateOnly(2024, 6, 3), new DateOnly(2024, 6, 4)), (webinar.DtStart!.Date, webinar.DtEnd!.Date));
        Assert.Null(calendar.Events.Single(e => e.Uid == "meeting-2022@example.org").Location);
    }

    [Fact]
    public void Each_event_has_its_own_calendar_file_with_the_same_entry()
    {
        Calendar all = Calendar.Load(_site.Read("events/calendar.ics"))!;

        foreach (string id in (string[])["alliance-2023", "alliance-2024", "webinar-2024", "forum-2025", "meeting-2022"])
        {
            CalendarEvent single = Assert.Single(Calendar.Load(_site.Read($"events/{id}/event.ics"))!.Events);
            CalendarEvent inAll = all.Events.Single(e => e.Uid == single.Uid);
            Assert.Equal($"{id}@example.org", single.Uid);
            Assert.Equal((inAll.Summary, inAll.DtStart, inAll.DtEnd, inAll.Location, inAll.Description), (single.Summary, single.DtStart, single.DtEnd, single.Location, single.Description));
        }
    }

    [Fact]
    public void Feeds_and_calendars_are_files_not_pages_so_the_sitemap_leaves_them_out()
    {
        string sitemap = _site.Read("sitemap.xml");

        Assert.DoesNotContain(".ics", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain(".json", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("feed.xml", sitemap, StringComparison.Ordinal);
        Assert.Contains("https://example.org/series/alliance/", sitemap, StringComparison.Ordinal);
    }
}
