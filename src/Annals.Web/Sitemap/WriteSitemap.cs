using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Content;
using Annals.Web.Pages;
using Annals.Web.Pipelines;

namespace Annals.Web.Sitemap;

/// <summary>
/// Writes <c>/sitemap.xml</c> from the pages actually rendered (so it can never list a page that does not
/// exist) and <c>/robots.txt</c> naming it. Runs in PostProcess, when every page is known.
/// </summary>
public sealed class WriteSitemap : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        SiteSettings? settings = SettingsAccess.Find(context)?.Get(WebKeys.Settings);
        if (settings is null)
        {
            return Task.FromResult(inputs);
        }

        IEnumerable<SitemapEntry> entries = context.OutputsOf(PipelineNames.Pages)
            .Select(page => page.GetOrDefault(PageRequest.Key))
            .OfType<PageRequest>()
            .Where(request => request.InSitemap)
            .Select(request => new SitemapEntry(SiteUrls.Absolute(settings.BaseUrl, request.Url), request.LastModified));
        string sitemapUrl = SiteUrls.Absolute(settings.BaseUrl, "/sitemap.xml");
        return Task.FromResult(inputs
            .Add(new Document(null, "sitemap.xml").WithText(SitemapWriter.Write(entries)))
            .Add(new Document(null, "robots.txt").WithText(SitemapWriter.Robots(sitemapUrl))));
    }
}
