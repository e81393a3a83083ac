using System.Collections.Immutable;
using System.Text.Json;
using Annals.Web.Rendering;

namespace Annals.Web.StructuredData;

/// <summary>
/// The trail shown above a page's title, as a schema.org <c>BreadcrumbList</c>. Google reads a trail of two steps or
/// more; the home page, whose trail is itself, has none.
/// </summary>
internal static class BreadcrumbListNode
{
    public static bool Applies(ImmutableArray<Crumb> crumbs) => !crumbs.IsDefault && crumbs.Length >= 2;

    public static void Write(Utf8JsonWriter json, ImmutableArray<Crumb> crumbs, PageFacts facts)
    {
        json.StartTyped("BreadcrumbList");
        json.WriteStartArray("itemListElement");
        for (int index = 0; index < crumbs.Length; index++)
        {
            json.StartTyped("ListItem");
            json.WriteNumber("position", index + 1);
            json.WriteString("name", crumbs[index].Title);
            json.WriteString("item", facts.Absolute(crumbs[index].Url));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
