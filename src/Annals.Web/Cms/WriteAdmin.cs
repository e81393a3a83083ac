using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Web.Archives;
using Annals.Web.Assets;
using Annals.Web.Content;
using Annals.Pipeline.Modules;
using Annals.Web.Pipelines;

namespace Annals.Web.Cms;

/// <summary>
/// Writes the web editor, <c>/admin/index.html</c>, <c>/admin/config.yml</c> and <c>/admin/annals-cms.js</c>, when
/// site.yml's <c>cms:</c> asks for it or <c>annals serve --cms</c> runs. Writes nothing otherwise.
/// </summary>
/// <param name="local">Set by <c>annals serve --cms</c>; null for a build.</param>
public sealed class WriteAdmin(LocalEditor? local) : IModule
{
    public const string Folder = "admin";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Document? settingsDocument = SettingsAccess.Find(context);
        if (settingsDocument?.GetOrDefault(WebKeys.Settings) is not { } settings)
        {
            return Task.FromResult(inputs);
        }

        string? stylesheet = AssetManifest.From(context.OutputsOf(PipelineNames.Assets)).UrlOf("css/site.css");
        var setup = new EditorSetup(settings, Topics(settingsDocument, BuildSiteIndex.Find(context)), stylesheet, local);
        if (!setup.Enabled)
        {
            return Task.FromResult(inputs);
        }

        return Task.FromResult(inputs.AddRange(
            new Document(null, $"{Folder}/index.html").WithText(AdminPage.Write(setup)),
            new Document(null, $"{Folder}/config.yml").WithText(CmsConfig.Write(setup)),
            new Document(null, $"{Folder}/{AdminPage.GlueScript}").WithContent(DocumentContent.FromBytes(AdminScript.Content))));
    }

    /// <summary>The topics of topics.yml and those already used by items and events, one per slug, by name.</summary>
    private static ImmutableArray<TopicInfo> Topics(Document settings, SiteIndex? index)
    {
        var bySlug = new Dictionary<string, TopicInfo>(StringComparer.Ordinal);
        ImmutableArray<TopicInfo> declared = settings.GetOrDefault(WebKeys.Topics);
        foreach (TopicInfo topic in declared.IsDefault ? [] : declared)
        {
            bySlug.TryAdd(topic.Slug, topic);
        }

        foreach (TopicEntry topic in index?.Topics ?? [])
        {
            bySlug.TryAdd(topic.Slug, new TopicInfo(topic.Slug, topic.Name, topic.Description));
        }

        return [.. bySlug.Values.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Slug, StringComparer.Ordinal)];
    }
}
