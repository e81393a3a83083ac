using System.Collections.Immutable;

namespace Annals.Web.Rendering;

/// <summary>
/// Everything a layout sees. Each property is a global of the templates, named in snake_case:
/// <c>site</c>, <c>page</c>, <c>assets</c>, <c>item</c>, <c>items</c>, <c>pager</c>, ...
/// Optional members are null (or empty) on pages that do not have them.
/// </summary>
public sealed record PageModel(SiteView Site, PageInfo Page, AssetUrls Assets)
{
    /// <summary>
    /// Share image, feeds and structured data for the page's head, derived from the rest of the model when the page
    /// is rendered (see <c>StructuredData.PageHead</c>); null when a page is rendered without them.
    /// </summary>
    public HeadView? Head { get; init; }

    /// <summary>The item shown on a post page.</summary>
    public PostView? Item { get; init; }

    /// <summary>The items listed on a list page (home, topic, ...), in display order.</summary>
    public ImmutableArray<ItemSummary> Items
    {
        get;
        init => field = value.IsDefault ? [] : value;
    } = [];

    /// <summary>Where a paginated list is, or null when the list fits on one page.</summary>
    public Pager? Pager { get; init; }

    /// <summary>The event shown on an event page.</summary>
    public EventView? Event { get; init; }

    /// <summary>The events by year, on the events index.</summary>
    public ImmutableArray<EventGroup> EventGroups
    {
        get;
        init => field = value.IsDefault ? [] : value;
    } = [];

    /// <summary>The recurring conference shown on a series page.</summary>
    public SeriesView? Series { get; init; }

    /// <summary>Every year of the archive (archive index and year pages).</summary>
    public ImmutableArray<YearLink> Years
    {
        get;
        init => field = value.IsDefault ? [] : value;
    } = [];

    /// <summary>The items of a year by month, on a year page.</summary>
    public ImmutableArray<MonthGroup> Months
    {
        get;
        init => field = value.IsDefault ? [] : value;
    } = [];

    /// <summary>The topic shown on a topic page.</summary>
    public TopicSummary? Topic { get; init; }

    /// <summary>Every topic, on the topics index.</summary>
    public ImmutableArray<TopicSummary> Topics
    {
        get;
        init => field = value.IsDefault ? [] : value;
    } = [];
}
