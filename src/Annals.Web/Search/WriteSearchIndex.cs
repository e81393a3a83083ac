using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Archives;
using Annals.Web.Content;
using Annals.Web.Pipelines;

namespace Annals.Web.Search;

/// <summary>
/// The Search pipeline's module: reads the site index (published items and events only) and adds the index files
/// under <c>search/</c> to its outputs, for the Output phase to write.
/// </summary>
public sealed class WriteSearchIndex(SearchIndexOptions? options = null) : IModule
{
    private readonly SearchIndexOptions _options = options ?? SearchIndexOptions.Default;

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        SiteSettings? settings = SettingsAccess.Find(context)?.GetOrDefault(WebKeys.Settings);
        SiteIndex? site = BuildSiteIndex.Find(context);
        if (settings is null || site is null)
        {
            // The Settings or Site pipeline already reported why; a build with errors writes nothing anyway.
            return Task.FromResult(inputs);
        }

        SearchIndexOptions options = _options with { Parallelism = Math.Min(_options.Parallelism, context.MaxDegreeOfParallelism) };
        SearchIndexResult result = SearchIndexWriter.Write(site, settings, options, context.CancellationToken);
        return Task.FromResult(inputs.AddRange(result.Files.Select(f => new Document(null, f.Path, DocumentContent.FromBytes(f.Bytes)))));
    }
}
