using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Archives;
using Annals.Web.Building;
using Annals.Web.Content;
using Annals.Web.Pipelines;

namespace Annals.Web.Feeds;

/// <summary><c>/feed.json</c>: the latest items as a JSON Feed 1.1, the same entries as <c>/feed.xml</c>.</summary>
/// <param name="memo">In a preview session, the feed of the last run, reused while its items are unchanged.</param>
public sealed class WriteJsonFeed(OutputMemo? memo = null) : SiteWideModule
{
    protected override Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context, SiteSettings settings, SiteIndex index)
    {
        return Task.FromResult(inputs.Add(new FeedMaker(settings, index, memo).Json(FeedPaths.Json, index.Items)));
    }
}
