using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Archives;
using Annals.Web.Content;

namespace Annals.Web.Pipelines;

/// <summary>
/// A module that writes something about the whole site from its settings and its index (feeds, calendars). When
/// either is missing their errors were already reported, and the module passes its inputs on unchanged.
/// </summary>
public abstract class SiteWideModule : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        SiteSettings? settings = SettingsAccess.Find(context)?.Get(WebKeys.Settings);
        SiteIndex? index = BuildSiteIndex.Find(context);
        return settings is null || index is null ? Task.FromResult(inputs) : ExecuteAsync(inputs, context, settings, index);
    }

    protected abstract Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context, SiteSettings settings, SiteIndex index);
}
