using Annals.Pipeline.Modules;
using Annals.Web.Assets;
using Annals.Web.Building;
using Annals.Web.Calendars;
using Annals.Web.Cms;
using Annals.Web.Feeds;
using Annals.Web.Html;
using Annals.Web.Images;
using Annals.Web.Pages;
using Annals.Web.Redirects;
using Annals.Web.Search;
using Annals.Web.Sitemap;
using PipelineDefinition = Annals.Pipeline.Running.Pipeline;

namespace Annals.Web.Pipelines;

/// <summary>
/// The news-archive pipelines and how they depend on each other. A site that needs more adds its own
/// <see cref="PipelineDefinition"/> to the list this returns; nothing here has to change.
/// </summary>
public static class SitePipelines
{
    /// <param name="options">What to build.</param>
    /// <param name="outputRoot">Where the Output phases write (a staging folder), or null to write nothing.</param>
    public static IList<PipelineDefinition> Create(BuildOptions options, string? outputRoot) => Create(options, outputRoot, null);

    /// <param name="options">What to build.</param>
    /// <param name="outputRoot">Where the Output phases write (a staging folder), or null to write nothing.</param>
    /// <param name="caches">
    /// What a preview session keeps between runs (parsed files, rendered bodies, the compiled theme, rendered pages),
    /// or null for a one-shot build. The pipelines are the same either way; only the reading, Markdown and page
    /// modules look into the caches.
    /// </param>
    public static IList<PipelineDefinition> Create(BuildOptions options, string? outputRoot, BuildCaches? caches) =>
        Create(options, outputRoot, caches, SkiaImageCodec.Instance);

    /// <param name="options">What to build.</param>
    /// <param name="outputRoot">Where the Output phases write (a staging folder), or null to write nothing.</param>
    /// <param name="caches">What a preview session keeps between runs, or null for a one-shot build.</param>
    /// <param name="imageCodec">Reads and resizes images (tests pass one that counts or fails).</param>
    public static IList<PipelineDefinition> Create(BuildOptions options, string? outputRoot, BuildCaches? caches, IImageCodec imageCodec)
    {
        ArgumentNullException.ThrowIfNull(options);
        string themeAssets = Path.Combine(options.ThemeDirectory, "assets");
        var images = new ImageCatalog(options, imageCodec, new ImageStore(options.CacheDirectory, caches?.Images.Verified), caches);

        PipelineDefinition[] pipelines =
        [
            new(PipelineNames.Settings)
            {
                Input = { new ReadSettings(options, caches) },
            },
            new(PipelineNames.Posts)
            {
                Dependencies = { PipelineNames.Settings },
                Input = { new ReadFiles(Path.Combine(options.InputDirectory, "posts"), IsMarkdown, options.Display, caches?.Listings, options.InputReads) },
                // One file at a time through all three: its text and Markdown die as soon as its HTML is made, rather
                // than every file's being held until the last is parsed (at 100,000 items, 1.6 GB of heap then).
                Process = { new ForEachDocument(new ParseNewsItems(options.IncludeDrafts, caches), new RenderBodies(caches, images), new ResolveLeadImages(images, caches)) },
            },
            new(PipelineNames.Events)
            {
                Dependencies = { PipelineNames.Settings },
                Input = { new ReadFiles(Path.Combine(options.InputDirectory, "events"), IsMarkdown, options.Display, caches?.Listings, options.InputReads) },
                Process = { new ForEachDocument(new ParseEvents(caches), new RenderBodies(caches, images)) },
            },
            new(PipelineNames.Site)
            {
                Dependencies = { PipelineNames.Settings, PipelineNames.Posts, PipelineNames.Events },
                Process = { new BuildSiteIndex(caches) },
            },
            new(PipelineNames.Assets)
            {
                Input =
                {
                    new ReadFiles(themeAssets, _ => true, options.Display, caches?.Listings, options.InputReads),
                    new ReadFiles(Path.Combine(options.InputDirectory, "assets"), _ => true, options.Display, caches?.Listings, options.InputReads),
                },
                Process = { new PlaceAssets(themeAssets) },
            },
            new(PipelineNames.Images)
            {
                Dependencies = { PipelineNames.Site },
                Process = { new MakeImageVariants(images) },
            },
            new(PipelineNames.Pages)
            {
                Dependencies = { PipelineNames.Settings, PipelineNames.Site, PipelineNames.Assets },
                Process = { new RenderPages(options, caches, outputRoot) },
            },
            new(PipelineNames.Feeds)
            {
                Dependencies = { PipelineNames.Settings, PipelineNames.Site },
                Process = { new WriteFeeds(caches?.Outputs), new WriteJsonFeed(caches?.Outputs), new WriteSeriesFeeds(caches?.Outputs) },
            },
            new(PipelineNames.Calendars)
            {
                Dependencies = { PipelineNames.Settings, PipelineNames.Site },
                Process = { new WriteCalendars(caches?.Calendars, caches?.Outputs) },
            },
            new(PipelineNames.Search)
            {
                Dependencies = { PipelineNames.Settings, PipelineNames.Site },
                Process = { new WriteSearchIndex() },
            },
            new(PipelineNames.Sitemap)
            {
                PostProcess = { new WriteSitemap(caches?.Outputs) },
            },
            new(PipelineNames.Redirects)
            {
                PostProcess = { new WriteRedirects() },
            },
            new(PipelineNames.Links)
            {
                PostProcess = { new CheckLinks(caches?.Links) },
            },
            new(PipelineNames.Admin)
            {
                Dependencies = { PipelineNames.Settings, PipelineNames.Site, PipelineNames.Assets },
                Process = { new WriteAdmin(options.LocalEditor) },
            },
        ];

        if (outputRoot is not null)
        {
            foreach (PipelineDefinition pipeline in pipelines)
            {
                pipeline.Output.Add(new WriteFiles(outputRoot));
            }
        }

        return pipelines;
    }

    private static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
}
