using System.Collections.Concurrent;
using System.Collections.Immutable;
using Annals.Web.Archives;
using Annals.Web.Calendars;
using Annals.Web.Content;
using Annals.Web.Feeds;
using Annals.Web.Markdown;
using Annals.Web.Rendering;

namespace Annals.Web.Pages;

/// <summary>
/// Turns the content model into what templates see. Every value is prepared here (dates formatted, URLs
/// made, lists sorted), so templates stay free of logic and a theme author never needs the content model.
/// </summary>
public sealed class ViewMapper(SiteSettings settings, AssetUrls assets, IReadOnlyDictionary<string, EventEntry> events)
{
    public SiteSettings Settings { get; } = settings;

    /// <summary>Fingerprints of the pages' inputs in a preview session, which reuses unchanged pages; null in a build.</summary>
    public PageStamps? Stamps { get; init; }

    public DateDisplay Dates { get; } = new(settings.Language);

    public SiteView Site { get; } = new(
        settings.Title,
        settings.BaseUrl,
        settings.Language,
        settings.Description,
        settings.Organization,
        NavItems(settings));

    private readonly PageNav _nav = new(NavItems(settings));

    public PageModel Page(string title, string url, string description, string kind, ImmutableArray<Crumb> breadcrumbs) =>
        new(Site, new PageInfo(title, url, SiteUrls.Absolute(Settings.BaseUrl, url), description, kind, breadcrumbs) { Nav = _nav.For(url, breadcrumbs) }, assets);

    private static ImmutableArray<NavItem> NavItems(SiteSettings settings) => [.. settings.Nav.Select(n => new NavItem(n.Title, n.Url))];

    /// <summary>
    /// An item appears in several lists (home, year, topics, event) and on its own page: its summary is made
    /// once per build and shared. Keyed by reference: a build holds one <see cref="PublishedItem"/> per item.
    /// </summary>
    private readonly ConcurrentDictionary<PublishedItem, ItemSummary> _summaries = new(ReferenceEqualityComparer.Instance);

    public ItemSummary Summary(PublishedItem published)
    {
        ArgumentNullException.ThrowIfNull(published);
        return _summaries.GetOrAdd(published, MakeSummary);
    }

    private ItemSummary MakeSummary(PublishedItem published)
    {
        NewsItem item = published.Item;
        return new ItemSummary(
            item.Title,
            item.Url,
            DateDisplay.Iso(item.Date),
            Dates.Day(item.Date.Day),
            Description(item, published.Body),
            TypeName(item.Type),
            Topics(item.Topics),
            item.EventId is { } id && events.TryGetValue(id, out EventEntry? entry) ? EventLink(entry.Event) : null,
            LeadImage(published));
    }

    /// <summary>The front-matter image, with its resized variants when it is one of this site's images.</summary>
    private static ImageView? LeadImage(PublishedItem published)
    {
        NewsItem item = published.Item;
        if (item.Image is not { } image)
        {
            return null;
        }

        string alt = item.ImageAlt ?? string.Empty;
        return published.Image?.Image is { } resized
            ? new ImageView(resized.Src, alt, item.ImageCaption, item.ImageCredit, resized.Width, resized.Height, resized.WebpSrcset)
            : new ImageView(ImageUrl(image), alt, item.ImageCaption, item.ImageCredit);
    }

    public PostView Post(PublishedItem published, NewsItem? previous, NewsItem? next)
    {
        ArgumentNullException.ThrowIfNull(published);
        NewsItem item = published.Item;
        ItemSummary summary = Summary(published);
        return new PostView(
            summary.Title,
            summary.Url,
            summary.DateIso,
            summary.DateDisplay,
            summary.Summary,
            summary.TypeName,
            summary.Topics,
            summary.Event,
            RawHtml.FromUtf8(published.Body.Utf8Html),
            Delegation(item.Delegation),
            summary.Image,
            item.Video,
            item.Location ?? summary.Event?.Location,
            previous is null ? null : new ItemLink(previous.Title, previous.Url),
            next is null ? null : new ItemLink(next.Title, next.Url));
    }

    public EventLink EventLink(EventInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new EventLink(info.Name, info.Url, Dates.Range(info.Start, info.End), info.Location);
    }

    public EventSummary EventSummary(EventEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        EventInfo info = entry.Event;
        return new EventSummary(info.Name, info.Url, Dates.Range(info.Start, info.End), Iso(info.Start), info.Location, info.Organizer, info.Edition, entry.Reports.Length);
    }

    public EventView Event(EventEntry entry, SeriesEntry? series)
    {
        ArgumentNullException.ThrowIfNull(entry);
        EventInfo info = entry.Event;
        return new EventView(
            info.Id,
            info.Name,
            info.Url,
            info.Organizer,
            Dates.Range(info.Start, info.End),
            Iso(info.Start),
            info.End is { } end ? Iso(end) : null,
            info.Location,
            info.Theme,
            info.Website,
            info.Recording,
            info.Edition,
            series is null ? null : new SeriesLink(series.Name, series.Url),
            Topics(info.Topics),
            entry.Description is { HasHtml: true } description ? RawHtml.FromUtf8(description.Utf8Html) : null,
            [.. entry.Reports.Select(Summary)],
            [.. entry.Reports.Where(r => r.Item.Delegation.Length > 0)
                .Select(r => new DelegationView(r.Item.Title, r.Item.Url, Delegation(r.Item.Delegation)))])
        {
            CalendarUrl = CalendarPaths.Event(info.Url),
        };
    }

    public SeriesView Series(SeriesEntry series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return new SeriesView(series.Name, series.Url, series.Description, [.. series.Editions.Select(EventSummary)])
        {
            FeedUrl = FeedPaths.Series(series.Url),
        };
    }

    /// <summary>The summary if written, else the first paragraph of the body, cut to a description's length.</summary>
    public static string Description(NewsItem item, RenderedMarkdown body)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(body);
        return Shorten(string.IsNullOrWhiteSpace(item.Summary) ? body.FirstParagraph : item.Summary);
    }

    public static string Shorten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= 300)
        {
            return text;
        }

        int cut = text.LastIndexOf(' ', 297);
        return text[..(cut > 0 ? cut : 297)] + "…";
    }

    public static ImmutableArray<TopicLink> Topics(ImmutableArray<TopicRef> topics) =>
        topics.IsDefault ? [] : [.. topics.Select(t => new TopicLink(t.Name, $"/topics/{t.Slug}/"))];

    public static string TypeName(ItemType type) => type switch
    {
        ItemType.Statement => "Statement",
        ItemType.Announcement => "Announcement",
        ItemType.News => "News",
        _ => "Report",
    };

    /// <summary>
    /// Front matter writes images as file paths relative to input/ (<c>assets/2024/photo été #1.jpg</c>); pages need
    /// site URLs, with each name percent-encoded so that a space, '#' or '?' in a file name does not cut the URL.
    /// </summary>
    public static string ImageUrl(string image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return image;
        }

        return "/" + string.Join('/', image.TrimStart('/').Split('/').Select(Uri.EscapeDataString));
    }

    private static ImmutableArray<DelegateView> Delegation(ImmutableArray<DelegationMember> members) =>
        [.. members.Select(d => new DelegateView(d.Name, d.Role))];

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
