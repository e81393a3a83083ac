using System.Collections.Immutable;
using Annals.Web.Feeds;
using Annals.Web.Pages;
using Annals.Web.Rendering;

namespace Annals.Web.StructuredData;

/// <summary>
/// Derives a page's <see cref="HeadView"/> from its model: the image a shared link shows (the item's own image, else
/// the theme's default share image), the feeds the page offers, and its JSON-LD. Done when the page is rendered, from
/// the model alone, so a preview that reuses a page's HTML because its model did not change is still right.
/// </summary>
public static class PageHead
{
    private const string AtomType = "application/atom+xml";

    public static PageModel Attach(PageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model with { Head = For(model) };
    }

    public static HeadView For(PageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        SiteView site = model.Site;
        (string? image, string? alt, int? width, int? height) = model.Item?.Image is { } own
            ? (SiteUrls.AbsoluteOrExternal(site.BaseUrl, own.Url), own.Alt, null, null)
            : model.Assets.ShareImage is { } share
                ? (SiteUrls.AbsoluteOrExternal(site.BaseUrl, share.Url), site.Title, share.Width, share.Height)
                : ((string?)null, (string?)null, (int?)null, (int?)null);
        var facts = new PageFacts(site, model.Page.CanonicalUrl, model.Page.Description, image);
        return new HeadView(image, alt, width, height, Feeds(model), PageGraph.Write(model, facts));
    }

    /// <summary>The page's own feed first (a topic's, a series'), then the site's Atom and JSON feeds.</summary>
    private static ImmutableArray<FeedLink> Feeds(PageModel model)
    {
        var feeds = ImmutableArray.CreateBuilder<FeedLink>(3);
        if (model.Topic is { } topic)
        {
            feeds.Add(new FeedLink($"{topic.Name} — {model.Site.Title}", topic.FeedUrl, AtomType));
        }

        if (model.Series?.FeedUrl is { } seriesFeed)
        {
            feeds.Add(new FeedLink($"{model.Series.Name} — {model.Site.Title}", seriesFeed, AtomType));
        }

        feeds.Add(new FeedLink(model.Site.Title, FeedPaths.Atom, AtomType));
        feeds.Add(new FeedLink($"{model.Site.Title} (JSON Feed)", FeedPaths.Json, JsonFeedWriter.MediaType));
        return feeds.DrainToImmutable();
    }
}
