using System.Globalization;
using Annals.Web.Archives;
using Annals.Web.Rendering;

namespace Annals.Web.Pages;

/// <summary><c>/topics/</c> (every topic with its count) and <c>/topics/SLUG/</c>, paginated like the home page.</summary>
public static class TopicPages
{
    public const string IndexLayout = "topics";
    public const string TopicLayout = "topic";

    public static IEnumerable<PageRequest> Create(SiteIndex index, ViewMapper views)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(views);
        var topicsCrumb = new Crumb("Topics", "/topics/");
        yield return new PageRequest(
            "/topics/",
            IndexLayout,
            views.Page("Topics", "/topics/", $"Every topic of {views.Settings.Title}, with the number of items about it.", IndexLayout, Breadcrumbs.Of(topicsCrumb)) with
            {
                Topics = [.. index.Topics.Select(t => new TopicSummary(t.Name, t.Url, t.Description, t.Items.Length, $"{t.Url}feed.xml"))],
            },
            null);

        foreach (TopicEntry topic in index.Topics)
        {
            foreach (ListPage<PublishedItem> page in Pagination.Split(topic.Items, views.Settings.PostsPerPage, topic.Url))
            {
                string title = page.Number == 1 ? topic.Name : string.Create(CultureInfo.InvariantCulture, $"{topic.Name}, page {page.Number}");
                string description = topic.Description ?? $"Items about {topic.Name} in {views.Settings.Title}, newest first.";
                UInt128? stamp = views.Stamps?.Of(TopicLayout + ":" + topic.Slug, [page.Number, page.TotalPages, topic.Items.Length], page.Items);
                yield return new PageRequest(
                    page.Url,
                    TopicLayout,
                    () => views.Page(title, page.Url, ViewMapper.Shorten(description), TopicLayout, Breadcrumbs.Of(topicsCrumb, new Crumb(topic.Name, topic.Url))) with
                    {
                        Topic = new TopicSummary(topic.Name, topic.Url, topic.Description, topic.Items.Length, $"{topic.Url}feed.xml"),
                        Items = [.. page.Items.Select(views.Summary)],
                        Pager = HomePages.PagerOf(page),
                    },
                    null,
                    stamp)
                {
                    LastModified = HomePages.Newest(page.Items),
                };
            }
        }
    }
}
