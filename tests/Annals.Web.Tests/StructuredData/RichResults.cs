using System.Globalization;
using System.Text.Json;

namespace Annals.Web.Tests.StructuredData;

/// <summary>
/// Checks a page's JSON-LD against what Google's rich-result documentation requires of each type we emit
/// (Article, Event, Breadcrumb, and the WebSite search box), plus the recommended properties Annals promises:
/// every problem is returned as a sentence, so a failing test says what is missing and where.
/// </summary>
internal static class RichResults
{
    public const string Schema = "https://schema.org/";

    private static readonly string[] AttendanceModes =
        [Schema + "OfflineEventAttendanceMode", Schema + "OnlineEventAttendanceMode", Schema + "MixedEventAttendanceMode"];

    private static readonly string[] EventStatuses =
        [Schema + "EventScheduled", Schema + "EventCancelled", Schema + "EventMovedOnline", Schema + "EventPostponed", Schema + "EventRescheduled"];

    /// <summary>The top-level nodes: the elements of <c>@graph</c>.</summary>
    public static IReadOnlyList<JsonElement> Nodes(JsonElement root) =>
        root.TryGetProperty("@graph", out JsonElement graph) ? [.. graph.EnumerateArray()] : [root];

    public static JsonElement Single(JsonElement root, string type) =>
        Assert.Single(Nodes(root), n => TypeOf(n) == type);

    public static string? TypeOf(JsonElement node) =>
        node.TryGetProperty("@type", out JsonElement type) ? type.GetString() : null;

    public static IReadOnlyList<string> Problems(JsonElement root)
    {
        var problems = new List<string>();
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("@context", out JsonElement context) || context.GetString() != "https://schema.org")
        {
            problems.Add("the document has no @context https://schema.org");
        }

        foreach (JsonElement node in Nodes(root))
        {
            string type = TypeOf(node) ?? "(no @type)";
            Action<string> report = problem => problems.Add($"{type}: {problem}");
            switch (type)
            {
                case "NewsArticle":
                    Article(node, report);
                    break;
                case "Event":
                    Event(node, report);
                    break;
                case "BreadcrumbList":
                    Breadcrumbs(node, report);
                    break;
                case "WebSite":
                    WebSite(node, report);
                    break;
                default:
                    report("a type Annals does not emit");
                    break;
            }
        }

        return problems;
    }

    private static void Article(JsonElement node, Action<string> report)
    {
        Text(node, "headline", report);
        AbsoluteUrl(node, "url", report);
        AbsoluteUrl(node, "mainEntityOfPage", report);
        Images(node, report);
        DateTimeOffset? published = Date(node, "datePublished", report);
        DateTimeOffset? modified = Date(node, "dateModified", report);
        if (published > modified)
        {
            report("dateModified is before datePublished");
        }

        if (!node.TryGetProperty("author", out JsonElement authors) || authors.ValueKind != JsonValueKind.Array || authors.GetArrayLength() == 0)
        {
            report("no author");
        }
        else
        {
            foreach (JsonElement author in authors.EnumerateArray())
            {
                if (TypeOf(author) is not ("Person" or "Organization"))
                {
                    report("an author is neither a Person nor an Organization");
                }

                Text(author, "name", report);
            }
        }

        if (!node.TryGetProperty("publisher", out JsonElement publisher) || TypeOf(publisher) != "Organization")
        {
            report("no publisher Organization");
        }
        else
        {
            Text(publisher, "name", report);
        }
    }

    private static void Event(JsonElement node, Action<string> report)
    {
        Text(node, "name", report);
        DateTimeOffset? start = Date(node, "startDate", report);
        if (node.TryGetProperty("endDate", out _) && Date(node, "endDate", report) < start)
        {
            report("endDate is before startDate");
        }

        if (!node.TryGetProperty("location", out JsonElement location))
        {
            report("no location (required)");
            return;
        }

        JsonElement[] places = location.ValueKind == JsonValueKind.Array ? [.. location.EnumerateArray()] : [location];
        bool physical = false, virtualPlace = false;
        foreach (JsonElement place in places)
        {
            switch (TypeOf(place))
            {
                case "Place":
                    physical = true;
                    Text(place, "name", report);
                    if (!place.TryGetProperty("address", out JsonElement address) || TypeOf(address) != "PostalAddress"
                        || !(address.TryGetProperty("addressLocality", out _) || address.TryGetProperty("streetAddress", out _)))
                    {
                        report("a Place without a PostalAddress (location.address is required)");
                    }

                    break;
                case "VirtualLocation":
                    virtualPlace = true;
                    AbsoluteUrl(place, "url", report);
                    break;
                default:
                    report("a location that is neither a Place nor a VirtualLocation");
                    break;
            }
        }

        string? mode = node.TryGetProperty("eventAttendanceMode", out JsonElement m) ? m.GetString() : null;
        string expected = Schema + (physical && virtualPlace ? "Mixed" : virtualPlace ? "Online" : "Offline") + "EventAttendanceMode";
        if (mode is not null && (!AttendanceModes.Contains(mode) || mode != expected))
        {
            report($"eventAttendanceMode {mode} does not match its locations (expected {expected})");
        }

        if (node.TryGetProperty("eventStatus", out JsonElement status) && !EventStatuses.Contains(status.GetString()))
        {
            report($"eventStatus {status.GetString()} is not one of schema.org's");
        }

        if (node.TryGetProperty("organizer", out JsonElement organizer))
        {
            Text(organizer, "name", report);
        }

        Images(node, report);
    }

    private static void Breadcrumbs(JsonElement node, Action<string> report)
    {
        if (!node.TryGetProperty("itemListElement", out JsonElement list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() < 2)
        {
            report("fewer than two ListItems");
            return;
        }

        int expected = 1;
        foreach (JsonElement item in list.EnumerateArray())
        {
            if (TypeOf(item) != "ListItem")
            {
                report("an element that is not a ListItem");
            }

            if (!item.TryGetProperty("position", out JsonElement position) || position.GetInt32() != expected)
            {
                report($"ListItem {expected} does not have position {expected}");
            }

            Text(item, "name", report);
            AbsoluteUrl(item, "item", report);
            expected++;
        }
    }

    private static void WebSite(JsonElement node, Action<string> report)
    {
        AbsoluteUrl(node, "url", report);
        Text(node, "name", report);
        if (!node.TryGetProperty("potentialAction", out JsonElement action) || TypeOf(action) != "SearchAction")
        {
            report("no SearchAction");
            return;
        }

        string? template = action.TryGetProperty("target", out JsonElement target) && target.TryGetProperty("urlTemplate", out JsonElement t) ? t.GetString() : null;
        string? input = action.TryGetProperty("query-input", out JsonElement q) ? q.GetString() : null;
        if (template is null || input is null || !input.StartsWith("required name=", StringComparison.Ordinal)
            || !template.Contains("{" + input["required name=".Length..] + "}", StringComparison.Ordinal))
        {
            report($"the SearchAction's urlTemplate '{template}' does not use the name in query-input '{input}'");
        }
    }

    private static void Images(JsonElement node, Action<string> report)
    {
        if (!node.TryGetProperty("image", out JsonElement images) || images.ValueKind != JsonValueKind.Array || images.GetArrayLength() == 0)
        {
            report("no image");
            return;
        }

        foreach (JsonElement image in images.EnumerateArray())
        {
            if (!IsAbsolute(image.GetString()))
            {
                report($"image '{image.GetString()}' is not an absolute URL");
            }
        }
    }

    private static void Text(JsonElement node, string name, Action<string> report)
    {
        if (!node.TryGetProperty(name, out JsonElement value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            report($"no {name}");
        }
    }

    private static void AbsoluteUrl(JsonElement node, string name, Action<string> report)
    {
        if (!node.TryGetProperty(name, out JsonElement value) || !IsAbsolute(value.GetString()))
        {
            report($"{name} is not an absolute URL");
        }
    }

    private static bool IsAbsolute(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && uri.Scheme is "https" or "http";

    /// <summary>An ISO 8601 date, or a date and time with an offset (a time without one is ambiguous).</summary>
    private static DateTimeOffset? Date(JsonElement node, string name, Action<string> report)
    {
        string? text = node.TryGetProperty(name, out JsonElement value) ? value.GetString() : null;
        string[] formats = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss'Z'"];
        if (DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset date))
        {
            return date;
        }

        report($"{name} '{text}' is not an ISO 8601 date");
        return null;
    }
}
