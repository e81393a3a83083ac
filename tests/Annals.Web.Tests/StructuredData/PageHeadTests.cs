using System.Text.Json;
using Annals.Web.Rendering;
using Annals.Web.StructuredData;
using Annals.Web.Tests.Rendering;

namespace Annals.Web.Tests.StructuredData;

/// <summary>The head a page gets from its model: share image, feeds, and JSON-LD that Google's rich results accept.</summary>
public sealed class PageHeadTests
{
    private static readonly ShareImage DefaultImage = new("/_theme/images/share.0123456789.png", 1200, 630);

    [Fact]
    public void A_post_is_a_news_article_with_its_own_image_dates_authors_and_publisher()
    {
        HeadView head = PageHead.For(WithDefaultImage(SampleModels.PostPage(SampleModels.Post())));

        Assert.Equal("https://example.org/assets/2024/vienna.jpg", head.ImageUrl);
        Assert.Equal("The conference hall in Vienna", head.ImageAlt);
        Assert.Null(head.ImageWidth);
        using JsonDocument json = Parse(head);
        JsonElement article = RichResults.Single(json.RootElement, "NewsArticle");
        Assert.Equal("Report on the Vienna conference", article.GetProperty("headline").GetString());
        Assert.Equal("2024-04-18", article.GetProperty("datePublished").GetString());
        Assert.Equal(["https://example.org/assets/2024/vienna.jpg"], article.GetProperty("image").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(["Ana Silva", "Jon Berg"], article.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal("Example Organization", article.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("https://example.org/events/osce-alliance-2024/#event", article.GetProperty("about").GetProperty("@id").GetString());
        Assert.Empty(RichResults.Problems(json.RootElement));
    }

    [Fact]
    public void An_item_without_image_or_delegation_gets_the_default_image_and_the_organization_as_author()
    {
        PostView post = SampleModels.Post() with { Image = null, Delegation = [], DateIso = "2023-12-31T23:30:00-05:00" };

        HeadView head = PageHead.For(WithDefaultImage(SampleModels.PostPage(post)));

        Assert.Equal("https://example.org/_theme/images/share.0123456789.png", head.ImageUrl);
        Assert.Equal((1200, 630), (head.ImageWidth, head.ImageHeight));
        using JsonDocument json = Parse(head);
        JsonElement article = RichResults.Single(json.RootElement, "NewsArticle");
        Assert.Equal("2023-12-31T23:30:00-05:00", article.GetProperty("datePublished").GetString());
        JsonElement author = Assert.Single(article.GetProperty("author").EnumerateArray());
        Assert.Equal(("Organization", "Example Organization"), (RichResults.TypeOf(author), author.GetProperty("name").GetString()));
        Assert.Empty(RichResults.Problems(json.RootElement));
    }

    [Fact]
    public void An_event_in_a_place_has_a_place_with_an_address_and_its_recording_and_series()
    {
        EventView view = SampleArchiveModels.Event() with { Location = "Palais des Nations, Avenue de la Paix 8, Geneva, Switzerland" };

        using JsonDocument json = Parse(PageHead.For(WithDefaultImage(SampleArchiveModels.EventPage(view))));

        JsonElement ev = RichResults.Single(json.RootElement, "Event");
        Assert.Equal(RichResults.Schema + "OfflineEventAttendanceMode", ev.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal(("2024-04-15", "2024-04-16"), (ev.GetProperty("startDate").GetString(), ev.GetProperty("endDate").GetString()));
        JsonElement place = ev.GetProperty("location");
        Assert.Equal("Palais des Nations", place.GetProperty("name").GetString());
        JsonElement address = place.GetProperty("address");
        Assert.Equal("Avenue de la Paix 8", address.GetProperty("streetAddress").GetString());
        Assert.Equal("Geneva", address.GetProperty("addressLocality").GetString());
        Assert.Equal("Switzerland", address.GetProperty("addressCountry").GetString());
        Assert.Equal("OSCE", ev.GetProperty("organizer").GetProperty("name").GetString());
        Assert.Equal("https://video.example.org/alliance", ev.GetProperty("recordedIn").GetProperty("url").GetString());
        Assert.Equal("https://example.org/series/osce-alliance/", ev.GetProperty("superEvent").GetProperty("url").GetString());
        Assert.Equal(["https://example.org/_theme/images/share.0123456789.png"], ev.GetProperty("image").EnumerateArray().Select(i => i.GetString()));
        Assert.Empty(RichResults.Problems(json.RootElement));
    }

    [Fact]
    public void An_online_event_has_a_virtual_location_at_its_website()
    {
        EventView view = SampleArchiveModels.Event() with { Location = "Online" };

        using JsonDocument json = Parse(PageHead.For(SampleArchiveModels.EventPage(view)));

        JsonElement ev = RichResults.Single(json.RootElement, "Event");
        Assert.Equal(RichResults.Schema + "OnlineEventAttendanceMode", ev.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal("VirtualLocation", RichResults.TypeOf(ev.GetProperty("location")));
        Assert.Equal("https://www.osce.org/alliance", ev.GetProperty("location").GetProperty("url").GetString());
        Assert.DoesNotContain(RichResults.Problems(json.RootElement), p => !p.Contains("no image", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hybrid_event_has_both_locations_and_an_online_one_without_website_points_at_its_page()
    {
        EventView view = SampleArchiveModels.Event() with { Location = "Hofburg, Vienna, Austria and online", Website = null };

        using JsonDocument json = Parse(PageHead.For(WithDefaultImage(SampleArchiveModels.EventPage(view))));

        JsonElement ev = RichResults.Single(json.RootElement, "Event");
        Assert.Equal(RichResults.Schema + "MixedEventAttendanceMode", ev.GetProperty("eventAttendanceMode").GetString());
        JsonElement[] locations = [.. ev.GetProperty("location").EnumerateArray()];
        Assert.Equal(["Place", "VirtualLocation"], locations.Select(RichResults.TypeOf));
        Assert.Equal("Vienna", locations[0].GetProperty("address").GetProperty("addressLocality").GetString());
        Assert.Equal("https://example.org/events/osce-alliance-2024/", locations[1].GetProperty("url").GetString());
        Assert.False(ev.TryGetProperty("sameAs", out _));
        Assert.Empty(RichResults.Problems(json.RootElement));
    }

    [Fact]
    public void An_event_with_no_known_place_is_left_out_rather_than_reported_as_broken()
    {
        using JsonDocument json = Parse(PageHead.For(SampleArchiveModels.EventPage(SampleArchiveModels.Event() with { Location = null })));

        Assert.DoesNotContain(RichResults.Nodes(json.RootElement), n => RichResults.TypeOf(n) == "Event");
        Assert.Single(RichResults.Nodes(json.RootElement), n => RichResults.TypeOf(n) == "BreadcrumbList");
    }

    [Fact]
    public void The_home_page_describes_the_website_and_how_to_search_it()
    {
        using JsonDocument json = Parse(PageHead.For(WithDefaultImage(SampleModels.HomePage(1, 3))));

        JsonElement site = Assert.Single(RichResults.Nodes(json.RootElement));
        Assert.Equal("WebSite", RichResults.TypeOf(site));
        Assert.Equal("https://example.org/", site.GetProperty("url").GetString());
        Assert.Equal("https://example.org/search/?q={search_term_string}", site.GetProperty("potentialAction").GetProperty("target").GetProperty("urlTemplate").GetString());
        Assert.Empty(RichResults.Problems(json.RootElement));
    }

    [Fact]
    public void Breadcrumbs_follow_the_visible_trail_with_absolute_urls()
    {
        using JsonDocument json = Parse(PageHead.For(SampleArchiveModels.YearPage()));

        JsonElement trail = RichResults.Single(json.RootElement, "BreadcrumbList");
        Assert.Equal(
            [(1, "Home", "https://example.org/"), (2, "Archive", "https://example.org/archive/"), (3, "2024", "https://example.org/archive/2024/")],
            trail.GetProperty("itemListElement").EnumerateArray().Select(i => (i.GetProperty("position").GetInt32(), i.GetProperty("name").GetString(), i.GetProperty("item").GetString())));
        Assert.Empty(RichResults.Problems(json.RootElement));
    }

    [Fact]
    public void A_page_with_nothing_to_describe_has_no_structured_data()
    {
        Assert.Null(PageHead.For(SampleModels.Page("Page not found", "/404.html", "404")).StructuredData);
    }

    [Fact]
    public void Content_can_never_end_the_script_element()
    {
        const string Title = "</script><script>alert('x')</script><!-- & \u2028 Genève";
        HeadView head = PageHead.For(SampleModels.PostPage(SampleModels.Post(Title)));

        string text = head.StructuredData!.Html;
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.DoesNotContain(">", text, StringComparison.Ordinal);
        Assert.DoesNotContain("&", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2028", text, StringComparison.Ordinal);
        Assert.Contains("Genève", text, StringComparison.Ordinal);
        using JsonDocument json = Parse(head);
        Assert.Equal(Title, RichResults.Single(json.RootElement, "NewsArticle").GetProperty("headline").GetString());
    }

    [Fact]
    public void Pages_offer_their_own_feed_first_then_the_site_feeds()
    {
        PageModel series = SampleArchiveModels.SeriesPage();
        series = series with { Series = series.Series! with { FeedUrl = "/series/osce-alliance/feed.xml" } };

        Assert.Equal(
            ["/series/osce-alliance/feed.xml", "/feed.xml", "/feed.json"],
            PageHead.For(series).Feeds.Select(f => f.Url));
        Assert.Equal(
            [("/topics/human-trafficking/feed.xml", "application/atom+xml"), ("/feed.xml", "application/atom+xml"), ("/feed.json", "application/feed+json")],
            PageHead.For(SampleArchiveModels.TopicPage(1, 1)).Feeds.Select(f => (f.Url, f.Type)));
    }

    private static PageModel WithDefaultImage(PageModel model) =>
        model with { Assets = model.Assets with { ShareImage = DefaultImage } };

    private static JsonDocument Parse(HeadView head) => JsonDocument.Parse(head.StructuredData!.Html);
}
