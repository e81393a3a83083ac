using System.Text.Json;

namespace Annals.Web.StructuredData;

/// <summary>The organization that publishes the site (<c>organization</c> in site.yml, else the site's title).</summary>
internal static class PublisherNode
{
    /// <param name="propertyName">The property it is the value of, or null inside an array.</param>
    public static void Write(Utf8JsonWriter json, string? propertyName, PageFacts facts)
    {
        json.StartTyped("Organization", propertyName);
        json.WriteString("name", facts.Site.Organization ?? facts.Site.Title);
        json.WriteString("url", facts.HomeUrl);
        json.WriteEndObject();
    }
}
