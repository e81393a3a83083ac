using Annals.Web.Rendering;

namespace Annals.Web.Tests.Rendering;

/// <summary>Models of the event, series, archive and topic pages, as the page mapper would make them.</summary>
internal static class SampleArchiveModels
{
    public static EventSummary EventSummary(int year, int reports = 2) => new(
        $"OSCE Alliance {year}",
        $"/events/osce-alliance-{year}/",
        $"15–16 April {year}",
        $"{year}-04-15",
        "Vienna",
        "OSCE",
        year - 2010,
        reports);

    public static PageModel EventsIndex() =>
        SampleModels.Page("Events", "/events/", "events", new Crumb("Events", "/events/")) with
        {
            EventGroups = [new EventGroup(2024, [EventSummary(2024)]), new EventGroup(2023, [EventSummary(2023, 1)])],
        };

    public static EventView Event() => new(
        "osce-alliance-2024",
        "OSCE Alliance <2024>",
        "/events/osce-alliance-2024/",
        "OSCE",
        "15–16 April 2024",
        "2024-04-15",
        "2024-04-16",
        "Vienna",
        "Trafficking & technology",
        "https://www.osce.org/alliance",
        "https://video.example.org/alliance",
        14,
        new SeriesLink("OSCE Alliance", "/series/osce-alliance/"),
        SampleModels.Topics,
        new RawHtml("<p>The <em>yearly</em> conference.</p>"),
        [SampleModels.Summary(1), SampleModels.Summary(2)],
        [new DelegationView("Report 1", "/news/2024/report-1/", [new DelegateView("Ana Silva", "Head of delegation")])]);

    public static PageModel EventPage(EventView view) =>
        SampleModels.Page(view.Name, view.Url, "event", new Crumb("Events", "/events/"), new Crumb(view.Name, view.Url)) with { Event = view };

    public static PageModel SeriesPage() =>
        SampleModels.Page("OSCE Alliance", "/series/osce-alliance/", "series", new Crumb("Events", "/events/"), new Crumb("OSCE Alliance", "/series/osce-alliance/")) with
        {
            Series = new SeriesView("OSCE Alliance", "/series/osce-alliance/", "The yearly conference.", [EventSummary(2023), EventSummary(2024)]),
        };

    public static PageModel ArchiveIndex() =>
        SampleModels.Page("Archive", "/archive/", "archive", new Crumb("Archive", "/archive/")) with
        {
            Years = [new YearLink(2024, "/archive/2024/", 12), new YearLink(2023, "/archive/2023/", 1)],
        };

    public static PageModel YearPage() =>
        SampleModels.Page("2024", "/archive/2024/", "year", new Crumb("Archive", "/archive/"), new Crumb("2024", "/archive/2024/")) with
        {
            Months = [new MonthGroup("April 2024", "month-04", [SampleModels.Summary(1), SampleModels.Summary(2)]), new MonthGroup("January 2024", "month-01", [SampleModels.Summary(3)])],
            Years = [new YearLink(2024, "/archive/2024/", 3), new YearLink(2023, "/archive/2023/", 1)],
        };

    public static TopicSummary Topic { get; } = new("Human trafficking", "/topics/human-trafficking/", "Work against trafficking in human beings.", 3, "/topics/human-trafficking/feed.xml");

    public static PageModel TopicsIndex() =>
        SampleModels.Page("Topics", "/topics/", "topics", new Crumb("Topics", "/topics/")) with
        {
            Topics = [Topic, new TopicSummary("OSCE", "/topics/osce/", null, 1, "/topics/osce/feed.xml")],
        };

    public static PageModel TopicPage(int page, int total) =>
        SampleModels.Page(page == 1 ? Topic.Name : $"{Topic.Name}, page {page}", Topic.Url, "topic", new Crumb("Topics", "/topics/"), new Crumb(Topic.Name, Topic.Url)) with
        {
            Topic = Topic,
            Items = [SampleModels.Summary(1), SampleModels.Summary(2)],
            Pager = total > 1 ? SampleModels.Pager(page, total, Topic.Url) : null,
        };

    public static PageModel NotFound() => SampleModels.Page("Page not found", "/404.html", "404");
}
