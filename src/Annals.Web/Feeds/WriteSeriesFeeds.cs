using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Archives;
using Annals.Web.Building;
using Annals.Web.Content;
using Annals.Web.Pipelines;

namespace Annals.Web.Feeds;

/// <summary>
/// One Atom feed per recurring conference (<c>/series/ID/feed.xml</c>): the newest reports on any of its editions,
/// for readers who follow a conference from year to year. Each series reads only its own editions' reports.
/// </summary>
/// <param name="memo">In a preview session, the feeds of the last run, reused while their items are unchanged.</param>
public sealed class WriteSeriesFeeds(OutputMemo? memo = null) : SiteWideModule
{
    protected override Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context, SiteSettings settings, SiteIndex index)
    {
        var maker = new FeedMaker(settings, index, memo);
        var feeds = ImmutableArray.CreateBuilder<Document>(index.Series.Length);
        foreach (SeriesEntry series in index.Series)
        {
            var reports = series.Editions.SelectMany(edition => edition.Reports).OrderBy(p => p.Item, ItemOrder.NewestFirst);
            feeds.Add(maker.Atom($"{series.Name} — {settings.Title}", FeedPaths.Series(series.Url), series.Url, series.Description, reports));
        }

        return Task.FromResult(inputs.AddRange(feeds.DrainToImmutable()));
    }
}
