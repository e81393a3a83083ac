using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Archives;
using Annals.Web.Building;
using Annals.Web.Content;
using Annals.Web.Pages;
using Annals.Web.Pipelines;

namespace Annals.Web.Feeds;

/// <summary>The site's Atom feed (<c>/feed.xml</c>, latest 20 items) and one per topic (<c>/topics/SLUG/feed.xml</c>).</summary>
/// <param name="memo">In a preview session, the feeds of the last run, reused while their items are unchanged.</param>
public sealed class WriteFeeds(OutputMemo? memo = null) : SiteWideModule
{
    protected override Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context, SiteSettings settings, SiteIndex index)
    {
        var maker = new FeedMaker(settings, index, memo);
        var feeds = ImmutableArray.CreateBuilder<Document>();
        feeds.Add(maker.Atom(settings.Title, FeedPaths.Atom, "/", settings.Description, index.Items));
        foreach (TopicEntry topic in index.Topics)
        {
            feeds.Add(maker.Atom($"{topic.Name} — {settings.Title}", FeedPaths.Topic(topic.Url), topic.Url, topic.Description, topic.Items));
        }

        return Task.FromResult(inputs.AddRange(feeds));
    }

}
