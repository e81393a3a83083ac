using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Running;
using Annals.Web.Archives;
using Annals.Web.Building;
using Annals.Web.Content;
using Annals.Web.Pages;
using Annals.Web.Pipelines;

namespace Annals.Benchmarks.Inputs;

/// <summary>
/// The corpus read the way <c>annals build</c> reads it, by the real pipelines (settings, posts with their rendered
/// bodies and lead images, events, the site index, the theme's assets), stopping before pages, feeds and search are
/// made: those are what the benchmarks then measure, on exactly the inputs a build gives them.
/// </summary>
internal sealed class BuiltSite
{
    private static readonly string[] Needed =
        [PipelineNames.Settings, PipelineNames.Posts, PipelineNames.Events, PipelineNames.Site, PipelineNames.Assets];

    private BuiltSite(BuildOptions options, SiteSettings settings, SiteIndex index, ImmutableArray<Document> assets)
    {
        Options = options;
        Settings = settings;
        Index = index;
        Assets = assets;
    }

    public BuildOptions Options { get; }

    public SiteSettings Settings { get; }

    public SiteIndex Index { get; }

    /// <summary>The Assets pipeline's outputs (fingerprinted theme files), which page models name.</summary>
    public ImmutableArray<Document> Assets { get; }

    public static BuiltSite Load()
    {
        BuildOptions options = BenchmarkCorpus.Options();
        var diagnostics = new DiagnosticBag();
        var pipelines = SitePipelines.Create(options, outputRoot: null).Where(p => Needed.Contains(p.Name, StringComparer.Ordinal));
        RunResult result = new PipelineRunner(pipelines).RunAsync(diagnostics).GetAwaiter().GetResult();
        if (diagnostics.HasErrors)
        {
            // Measuring a build that failed would time the error paths, not the work.
            string first = string.Join(Environment.NewLine, diagnostics.ToSortedList().Where(d => d.Severity == Severity.Error).Take(5));
            throw new InvalidOperationException($"the corpus in {BenchmarkCorpus.InputFolder} does not build:{Environment.NewLine}{first}");
        }

        return new BuiltSite(
            options,
            result.Outputs[PipelineNames.Settings].Single().Get(WebKeys.Settings),
            result.Outputs[PipelineNames.Site].Single().Get(WebKeys.Index),
            result.Outputs[PipelineNames.Assets]);
    }

    /// <summary>An even sample of the published items, newest to oldest.</summary>
    public PublishedItem[] SampleItems(int count) => [.. PostFiles.Spread(Index.Items, count)];
}
