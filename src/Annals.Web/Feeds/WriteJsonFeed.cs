using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Archives;
using Annals.Web.Content;
using Annals.Web.Pipelines;

namespace Annals.Web.Feeds;

/// <summary><c>/feed.json</c>: the latest items as a JSON Feed 1.1, the same entries as <c>/feed.xml</c>.</summary>
public sealed class WriteJsonFeed : SiteWideModule
{
    protected override Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context, SiteSettings settings, SiteIndex index)
    {
        FeedChannel channel = FeedContent.Channel(settings, settings.Title, FeedPaths.Json, "/", settings.Description);
        string text = JsonFeedWriter.Write(channel, FeedContent.Entries(settings, index.Items));
        return Task.FromResult(inputs.Add(new Document(null, FeedPaths.Json.TrimStart('/')).WithText(text)));
    }
}
