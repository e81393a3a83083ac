using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Content;
using Annals.Web.Pipelines;

namespace Annals.Web.Building;

/// <summary>
/// Stands in for <see cref="Search.WriteSearchIndex"/> in a preview session. The search index of the whole archive
/// takes seconds to rebuild (every document's weights depend on the average length of all of them), far more than
/// the rest of a one-post rebuild. So the first run builds it as a normal build does, and later runs hand on the
/// previous index at once and ask <see cref="SearchRefresher"/> to rebuild it in the background: pages reload
/// immediately, and search results catch up a few seconds later.
/// </summary>
/// <param name="refresher">Keeps the index and rebuilds it in the background.</param>
/// <param name="scheduleRefresh">False for a run that changes nothing (a warm-up): the index is handed on as it is.</param>
internal sealed class DeferredSearchIndex(SearchRefresher refresher, bool scheduleRefresh = true) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        SiteSettings? settings = SettingsAccess.Find(context)?.GetOrDefault(WebKeys.Settings);
        var site = BuildSiteIndex.Find(context);
        if (settings is null || site is null)
        {
            return inputs;
        }

        if (refresher.Current is not { } current)
        {
            return inputs.AddRange(await refresher.BuildNowAsync(site, settings, context.CancellationToken).ConfigureAwait(false));
        }

        if (scheduleRefresh)
        {
            refresher.Schedule(site, settings);
        }

        return inputs.AddRange(current);
    }
}
