using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Building;
using Annals.Web.Content;
using Annals.Web.Pages;
using Annals.Web.Pipelines;

namespace Annals.Web.Sitemap;

/// <summary>
/// Writes <c>/sitemap.xml</c> from the pages actually rendered (so it can never list a page that does not
/// exist) and <c>/robots.txt</c> naming it. Runs in PostProcess, when every page is known.
/// </summary>
/// <param name="memo">In a preview session, the sitemap of the last run, reused while every entry is the same.</param>
public sealed class WriteSitemap(OutputMemo? memo = null) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        SiteSettings? settings = SettingsAccess.Find(context)?.Get(WebKeys.Settings);
        if (settings is null)
        {
            return Task.FromResult(inputs);
        }

        PageRequest[] pages = [.. context.OutputsOf(PipelineNames.Pages)
            .Select(page => page.GetOrDefault(PageRequest.Key))
            .OfType<PageRequest>()
            .Where(request => request.InSitemap)];
        string Write() => SitemapWriter.Write(pages.Select(request => new SitemapEntry(SiteUrls.Absolute(settings.BaseUrl, request.Url), request.LastModified)));
        string sitemap = memo is null ? Write() : memo.GetOrMake("sitemap.xml", Stamp(settings.BaseUrl, pages), Write);
        string sitemapUrl = SiteUrls.Absolute(settings.BaseUrl, "/sitemap.xml");
        return Task.FromResult(inputs
            .Add(new Document(null, "sitemap.xml").WithText(sitemap))
            .Add(new Document(null, "robots.txt").WithText(SitemapWriter.Robots(sitemapUrl))));
    }

    /// <summary>Every entry by value: hashing 15,000 short lines costs a fraction of writing them as XML.</summary>
    private static UInt128 Stamp(string baseUrl, PageRequest[] pages)
    {
        var hash = new HashBuilder();
        hash.Add(baseUrl);
        foreach (PageRequest page in pages)
        {
            hash.Add(page.Url);
            hash.Add(page.LastModified?.DayNumber ?? -1);
        }

        return hash.Finish();
    }
}
