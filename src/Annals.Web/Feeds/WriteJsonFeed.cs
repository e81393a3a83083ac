using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Archives;
using Annals.Web.Content;
using Annals.Web.Pipelines;

namespace Annals.Web.Feeds;

/// <summary><c>/feed.json</c>: the latest items as a JSON Feed 1.1, the same entries as <c>/feed.xml</c>.</summary>
public sealed class WriteJsonFeed : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        SiteSettings? settings = SettingsAccess.Find(context)?.Get(WebKeys.Settings);
        SiteIndex? index = BuildSiteIndex.Find(context);
        if (settings is null || index is null)
        {
            return Task.FromResult(inputs);
        }

        FeedChannel channel = FeedContent.Channel(settings, settings.Title, FeedPaths.Json, "/", settings.Description);
        string text = JsonFeedWriter.Write(channel, FeedContent.Entries(settings, index.Items));
        return Task.FromResult(inputs.Add(new Document(null, FeedPaths.Json.TrimStart('/')).WithText(text)));
    }
}
