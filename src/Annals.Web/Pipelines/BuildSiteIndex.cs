using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Building;
using Annals.Web.Archives;
using Annals.Web.Content;
using Annals.Web.Markdown;
using Annals.Web.Pages;

namespace Annals.Web.Pipelines;

/// <summary>Computes the site's lists once, from the Posts and Events pipelines, into one document.</summary>
/// <param name="caches">In a preview session, keeps each post's published form while its document is the same; null in a normal build.</param>
public sealed class BuildSiteIndex(BuildCaches? caches = null) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Document? settings = SettingsAccess.Find(context);
        List<PublishedItem> items = [.. context.OutputsOf(PipelineNames.Posts)
            .Select(d => caches is null ? Published(d) : caches.Published.GetValue(d, Published))];
        items.Sort((a, b) => ItemOrder.NewestFirst.Compare(a.Item, b.Item));
        IReadOnlyList<PublishedItem> published = DuplicateUrls.Report(items, context.Diagnostics);

        List<(EventInfo Event, RenderedMarkdown Description)> events = [.. context.OutputsOf(PipelineNames.Events)
            .Select(d => (d.Get(WebKeys.Event), d.Get(WebKeys.Body)))];
        SiteIndex index = SiteIndexBuilder.Build(
            published,
            events,
            settings?.GetOrDefault(WebKeys.Topics) ?? [],
            settings?.GetOrDefault(WebKeys.Series) ?? [],
            context.Diagnostics);
        return Task.FromResult<ImmutableArray<Document>>([new Document(null, null).With(WebKeys.Index, index)]);
    }

    private static PublishedItem Published(Document post) =>
        new(post.Get(WebKeys.Item), post.Get(WebKeys.Body), post.GetOrDefault(WebKeys.LeadImage));

    public static SiteIndex? Find(ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.OutputsOf(PipelineNames.Site).FirstOrDefault()?.GetOrDefault(WebKeys.Index);
    }
}
