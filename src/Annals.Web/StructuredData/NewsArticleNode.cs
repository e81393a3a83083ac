using System.Text.Json;
using Annals.Web.Rendering;

namespace Annals.Web.StructuredData;

/// <summary>
/// A news item as a schema.org <c>NewsArticle</c>: what Google's Article documentation recommends (headline, image,
/// dates with the offset as written, authors) plus the publisher. The delegation members are the authors of a
/// report; an item without a delegation is authored by the publishing organization.
/// </summary>
internal static class NewsArticleNode
{
    public static void Write(Utf8JsonWriter json, PostView item, PageFacts facts)
    {
        json.StartTyped("NewsArticle");
        json.WriteString("@id", facts.PageUrl + "#article");
        json.WriteString("mainEntityOfPage", facts.PageUrl);
        json.WriteString("url", facts.PageUrl);
        json.WriteString("headline", item.Title);
        json.WriteOptional("description", facts.Description);
        if (facts.ImageUrl is { } image)
        {
            json.WriteStartArray("image");
            json.WriteStringValue(image);
            json.WriteEndArray();
        }

        // The item has one date; it was last changed when it was published, as far as the archive knows.
        json.WriteString("datePublished", item.DateIso);
        json.WriteString("dateModified", item.DateIso);
        json.WriteStartArray("author");
        if (item.Delegation.IsDefaultOrEmpty)
        {
            PublisherNode.Write(json, null, facts);
        }
        else
        {
            foreach (DelegateView member in item.Delegation)
            {
                json.StartTyped("Person");
                json.WriteString("name", member.Name);
                json.WriteOptional("jobTitle", member.Role);
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        PublisherNode.Write(json, "publisher", facts);
        json.WriteString("inLanguage", facts.Site.Language);
        json.WriteString("articleSection", item.TypeName);
        if (!item.Topics.IsDefaultOrEmpty)
        {
            json.WriteStartArray("keywords");
            foreach (TopicLink topic in item.Topics)
            {
                json.WriteStringValue(topic.Name);
            }

            json.WriteEndArray();
        }

        if (item.Location is { Length: > 0 } location)
        {
            json.StartTyped("Place", "contentLocation");
            json.WriteString("name", location);
            json.WriteEndObject();
        }

        // A reference only: the event's page describes the event in full, under this @id.
        if (item.Event is { } ev)
        {
            json.WriteStartObject("about");
            json.WriteString("@id", facts.Absolute(ev.Url) + "#event");
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
