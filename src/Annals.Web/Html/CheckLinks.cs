using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Archives;
using Annals.Web.Content;
using Annals.Web.Markdown;
using Annals.Web.Pages;
using Annals.Web.Pipelines;

namespace Annals.Web.Html;

/// <summary>
/// Checks every internal link and image written in item and event bodies, and every front-matter image,
/// against what the build produced. Runs in PostProcess, when every page and file is known. Links were
/// collected from the Markdown AST with their lines, so a problem is reported where it was written.
/// </summary>
/// <param name="links">In a preview session, the links of unchanged bodies as resolved in an earlier run; null resolves every link.</param>
public sealed class CheckLinks(ResolvedLinks? links = null) : IModule
{
    private static readonly string[] Producers = [PipelineNames.Pages, PipelineNames.Assets, PipelineNames.Feeds, PipelineNames.Calendars];

    /// <summary>Files written in PostProcess, beside this check, whose names are fixed.</summary>
    private static readonly string[] CrawlerFiles = ["sitemap.xml", "robots.txt"];

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        SiteIndex? index = BuildSiteIndex.Find(context);
        if (index is null)
        {
            return Task.FromResult(inputs);
        }

        var targets = new SiteTargets(Producers
            .SelectMany(name => context.OutputsOf(name))
            .Select(d => d.Destination)
            .OfType<string>()
            .Concat(CrawlerFiles));

        foreach (PublishedItem published in index.Items)
        {
            Check(published.Item.Url, published.Body, targets, context.Diagnostics, links);
            if (published.Item.Image is { } image && !IsExternal(image) && !targets.Exists(SiteTargets.Resolve("/", ViewMapper.ImageUrl(image))))
            {
                context.Diagnostics.Report(Diagnostic.Error(
                    LinkCodes.MissingImage,
                    $"the image '{image}' does not exist: put the file in input/{image.TrimStart('/')} or correct the path (it is relative to input/, e.g. assets/2024/photo.jpg)",
                    new SourceLocation(published.Item.SourcePath, published.Item.Lines["image"])));
            }
        }

        foreach (EventEntry entry in index.Events)
        {
            if (entry.Description is { } description)
            {
                Check(entry.Event.Url, description, targets, context.Diagnostics, links);
            }
        }

        return Task.FromResult(inputs);
    }

    private static void Check(string pageUrl, RenderedMarkdown body, SiteTargets targets, IDiagnosticSink sink, ResolvedLinks? resolved)
    {
        IReadOnlyList<string?> paths = resolved?.Of(body, pageUrl) ?? ResolvedLinks.Resolve(body, pageUrl);
        for (int i = 0; i < paths.Count; i++)
        {
            if (paths[i] is not { } path || targets.Exists(path))
            {
                continue;
            }

            BodyLink link = body.Links[i];
            string hint = link.Url.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                ? " Link to the page's address (like /news/2024/slug/), not to its Markdown file."
                : " Check the address; an item that is still a draft has no page yet.";
            sink.Report(Diagnostic.Error(
                link.IsImage ? LinkCodes.MissingImage : LinkCodes.BrokenLink,
                link.IsImage
                    ? $"the image '{link.Url}' does not exist in this site.{hint}"
                    : $"the link '{link.Url}' leads to {path}, which is not a page or file of this site.{hint}",
                new SourceLocation(link.SourcePath, link.Line, link.Column)));
        }
    }

    private static bool IsExternal(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
