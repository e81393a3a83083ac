using Annals.Web.Pages;
using Annals.Web.Rendering;

namespace Annals.Web.StructuredData;

/// <summary>
/// A page's schema.org structured data as one JSON-LD document with a <c>@graph</c>: the <c>WebSite</c> and its
/// search on the home page, the <c>NewsArticle</c> of an item page, the <c>Event</c> of an event page, and the
/// <c>BreadcrumbList</c> of every page that has a trail. Built from the page's view model alone, so a page whose
/// model did not change keeps the same data.
/// </summary>
internal static class PageGraph
{
    /// <summary>The JSON-LD text, or null when the page has nothing to describe (the 404 page).</summary>
    public static byte[]? Write(PageModel model, PageFacts facts)
    {
        bool website = model.Page.Kind == HomePages.Layout && model.Page.Url == "/";
        bool article = model.Item is not null;
        bool ev = model.Event is { } shown && EventNode.Applies(shown);
        bool trail = BreadcrumbListNode.Applies(model.Page.Breadcrumbs);
        if (!website && !article && !ev && !trail)
        {
            return null;
        }

        return JsonLdText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteStartArray("@graph");
            if (website)
            {
                WebSiteNode.Write(json, facts);
            }

            if (article)
            {
                NewsArticleNode.Write(json, model.Item!, facts);
            }

            if (ev)
            {
                EventNode.Write(json, model.Event!, facts);
            }

            if (trail)
            {
                BreadcrumbListNode.Write(json, model.Page.Breadcrumbs, facts);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}
