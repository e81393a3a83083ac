using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Building;
using Annals.Web.Content;
using Annals.Web.Pages;
using Annals.Web.Pipelines;

namespace Annals.Web.Sitemap;

/// <summary>
/// Writes <c>/sitemap.xml</c> (an index of parts past 50,000 pages) from the pages actually rendered (so it can never list a page that does not
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
        IReadOnlyList<SitemapFile> Write() => SitemapWriter.Write(
            settings.BaseUrl,
            pages.Select(request => new SitemapEntry(SiteUrls.Absolute(settings.BaseUrl, request.Url), request.LastModified)));
        IReadOnlyList<SitemapFile> sitemap = memo is null ? Write() : memo.GetOrMake(SitemapWriter.IndexPath, Stamp(settings.BaseUrl, pages), Write);
        string sitemapUrl = SiteUrls.Absolute(settings.BaseUrl, "/" + SitemapWriter.IndexPath);
        return Task.FromResult(inputs
            .AddRange(sitemap.Select(file => new Document(null, file.Path).WithContent(DocumentContent.FromBytes(file.Utf8))))
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
