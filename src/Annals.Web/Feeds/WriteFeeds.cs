using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Archives;
using Annals.Web.Content;
using Annals.Web.Pages;
using Annals.Web.Pipelines;

namespace Annals.Web.Feeds;

/// <summary>The site's Atom feed (<c>/feed.xml</c>, latest 20 items) and one per topic (<c>/topics/SLUG/feed.xml</c>).</summary>
public sealed class WriteFeeds : SiteWideModule
{
    protected override Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context, SiteSettings settings, SiteIndex index)
    {
        var feeds = ImmutableArray.CreateBuilder<Document>();
        feeds.Add(Feed(settings, settings.Title, FeedPaths.Atom, "/", settings.Description, index.Items));
        foreach (TopicEntry topic in index.Topics)
        {
            feeds.Add(Feed(settings, $"{topic.Name} — {settings.Title}", FeedPaths.Topic(topic.Url), topic.Url, topic.Description, topic.Items));
        }

        return Task.FromResult(inputs.AddRange(feeds));
    }

    /// <summary>An Atom feed of the newest <see cref="FeedContent.EntryCount"/> of <paramref name="items"/> (newest first).</summary>
    public static Document Feed(SiteSettings settings, string title, string selfPath, string pagePath, string? subtitle, IEnumerable<PublishedItem> items)
    {
        FeedChannel channel = FeedContent.Channel(settings, title, selfPath, pagePath, subtitle);
        return new Document(null, selfPath.TrimStart('/')).WithText(AtomFeedWriter.Write(channel, FeedContent.Entries(settings, items)));
    }
}
