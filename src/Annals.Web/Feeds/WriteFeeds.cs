using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Archives;
using Annals.Web.Content;
using Annals.Web.Pages;
using Annals.Web.Pipelines;

namespace Annals.Web.Feeds;

/// <summary>The site's Atom feed (<c>/feed.xml</c>, latest 20 items) and one per topic (<c>/topics/SLUG/feed.xml</c>).</summary>
public sealed class WriteFeeds : IModule
{
    public const int EntryCount = 20;

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        SiteSettings? settings = SettingsAccess.Find(context)?.Get(WebKeys.Settings);
        SiteIndex? index = BuildSiteIndex.Find(context);
        if (settings is null || index is null)
        {
            return Task.FromResult(inputs);
        }

        var feeds = ImmutableArray.CreateBuilder<Document>();
        feeds.Add(Feed(settings, settings.Title, "/feed.xml", "/", settings.Description, index.Items));
        foreach (TopicEntry topic in index.Topics)
        {
            feeds.Add(Feed(settings, $"{topic.Name} — {settings.Title}", $"{topic.Url}feed.xml", topic.Url, topic.Description, topic.Items));
        }

        return Task.FromResult(inputs.AddRange(feeds));
    }

    private static Document Feed(SiteSettings settings, string title, string selfPath, string pagePath, string? subtitle, ImmutableArray<PublishedItem> items)
    {
        var channel = new FeedChannel(
            title,
            SiteUrls.Absolute(settings.BaseUrl, selfPath),
            SiteUrls.Absolute(settings.BaseUrl, pagePath),
            subtitle,
            settings.Organization ?? settings.Title,
            settings.Language);
        FeedEntry[] entries = [.. items.Take(EntryCount).Select(p => new FeedEntry(
            p.Item.Title,
            SiteUrls.Absolute(settings.BaseUrl, p.Item.Url),
            p.Item.Date.ToDateTimeOffset(),
            ViewMapper.Description(p.Item, p.Body),
            AbsoluteLinks.Rewrite(p.Body.Html, settings.BaseUrl),
            [.. p.Item.Topics.Select(t => t.Name)],
            [.. p.Item.Delegation.Select(d => d.Name)]))];
        return new Document(null, selfPath.TrimStart('/')).WithText(AtomFeedWriter.Write(channel, entries));
    }
}
