using System.Text.Json;

namespace Annals.Web.StructuredData;

/// <summary>
/// The site as a schema.org <c>WebSite</c>, on the home page, with a <c>SearchAction</c> that says how to search it:
/// <c>/search/?q=words</c> opens the search page with the query run (the page keeps its state in the address).
/// </summary>
internal static class WebSiteNode
{
    public const string QueryName = "search_term_string";

    public static void Write(Utf8JsonWriter json, PageFacts facts)
    {
        json.StartTyped("WebSite");
        json.WriteString("@id", facts.HomeUrl + "#website");
        json.WriteString("url", facts.HomeUrl);
        json.WriteString("name", facts.Site.Title);
        json.WriteOptional("description", facts.Site.Description);
        json.WriteString("inLanguage", facts.Site.Language);
        PublisherNode.Write(json, "publisher", facts);
        json.StartTyped("SearchAction", "potentialAction");
        json.StartTyped("EntryPoint", "target");
        json.WriteString("urlTemplate", facts.Absolute("/search/?q={" + QueryName + "}"));
        json.WriteEndObject();
        json.WriteString("query-input", "required name=" + QueryName);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
