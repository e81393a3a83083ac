using Annals.Benchmarks.Inputs;
using Annals.Pipeline.Diagnostics;
using Annals.Web.Feeds;
using Annals.Web.Html;
using Annals.Web.Markdown;
using Annals.Web.Pages;
using BenchmarkDotNet.Attributes;

namespace Annals.Benchmarks;

/// <summary>
/// The work the build does on a body's HTML after Markdig wrote it, per body, on the bodies the build rendered:
/// sanitizing (every body with any raw HTML is parsed and cleaned whole), making site links absolute for the feeds,
/// removing characters XML forbids, and checking each internal link against the site's pages.
/// </summary>
[MemoryDiagnoser]
public class HtmlPostProcessingBenchmarks
{
    private PublishedItem[] _items = [];
    private BodySanitizer _sanitizer = null!;
    private SiteTargets _targets = null!;
    private string _baseUrl = string.Empty;

    [GlobalSetup]
    public void LoadSite()
    {
        BuiltSite site = BuiltSite.Load();
        _items = site.SampleItems(PostFiles.SampleSize);
        _sanitizer = new BodySanitizer(site.Settings.VideoHosts);
        _baseUrl = site.Settings.BaseUrl;

        // The corpus's body links lead to items; the pages of items and events are the targets they can hit.
        _targets = new SiteTargets(site.Index.Items.Select(p => p.Item.Url)
            .Concat(site.Index.Events.Select(e => e.Event.Url))
            .Select(SiteUrls.ToDestination));
    }

    /// <summary>
    /// What one pasted tag costs: MarkdownRenderer then hands the body's whole HTML to HtmlSanitizer (an AngleSharp
    /// parse and rewrite). The corpus has no raw HTML, so this times the sanitizer on the HTML its bodies render to.
    /// </summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = PostFiles.SampleSize)]
    public int SanitizeBodyHtml()
    {
        var sink = new DiagnosticBag();
        int length = 0;
        foreach (PublishedItem published in _items)
        {
            length += _sanitizer.Sanitize(published.Body.Html, published.Item.SourcePath, published.Item.BodyLine, sink).Length;
        }

        return length;
    }

    /// <summary>Done once per body that is in a feed (AbsoluteBodies keeps the result for the other feeds).</summary>
    [Benchmark(OperationsPerInvoke = PostFiles.SampleSize)]
    public int MakeLinksAbsoluteForFeeds()
    {
        int length = 0;
        foreach (PublishedItem published in _items)
        {
            length += AbsoluteLinks.Rewrite(published.Body.Html, _baseUrl).Length;
        }

        return length;
    }

    /// <summary>MarkdownRenderer runs this on the HTML, the first paragraph and the plain text of every body.</summary>
    [Benchmark(OperationsPerInvoke = PostFiles.SampleSize)]
    public int RemoveXmlForbiddenCharacters()
    {
        int length = 0;
        foreach (PublishedItem published in _items)
        {
            RenderedMarkdown body = published.Body;
            length += XmlSafeText.Clean(body.Html).Length + XmlSafeText.Clean(body.FirstParagraph).Length + XmlSafeText.Clean(body.PlainText).Length;
        }

        return length;
    }

    /// <summary>The two calls CheckLinks makes for each internal link of a body: resolve it, then look it up.</summary>
    [Benchmark(OperationsPerInvoke = PostFiles.SampleSize)]
    public int CheckBodyLinks()
    {
        int found = 0;
        foreach (PublishedItem published in _items)
        {
            foreach (BodyLink link in published.Body.Links)
            {
                if (UrlSafety.IsInternal(link.Url) && _targets.Exists(SiteTargets.Resolve(published.Item.Url, link.Url)))
                {
                    found++;
                }
            }
        }

        return found;
    }
}
