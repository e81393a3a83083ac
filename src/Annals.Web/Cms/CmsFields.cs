using System.Collections.Immutable;
using Annals.Web.Content;
using Annals.Web.Content.Model;

namespace Annals.Web.Cms;

/// <summary>
/// The Decap form widget of each field of the content model, chosen by its kind alone, so that a field added to the
/// model gets its widget without a change here. Required keys are required in the form (Decap makes every field
/// required unless told otherwise, so optional ones say so).
/// </summary>
public static class CmsFields
{
    /// <summary>The same rule as <see cref="SlugRules.IsSlug"/>, as a JavaScript pattern.</summary>
    public const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>An http(s) address or a site path (the server-side check, <see cref="PathRules.CheckLink"/>, has the last word).</summary>
    public const string UrlPattern = @"^(https?://[^\s/]+\S*|/(?!/)\S*)$";

    /// <summary>The widgets of <paramref name="fields"/>, in order.</summary>
    public static List<OrderedDictionary<string, object?>> For(IEnumerable<ContentField> fields, ImmutableArray<TopicInfo> topics, string eventsCollection) =>
        [.. fields.Select(f => For(f, topics, eventsCollection))];

    public static OrderedDictionary<string, object?> For(ContentField field, ImmutableArray<TopicInfo> topics, string eventsCollection)
    {
        ArgumentNullException.ThrowIfNull(field);
        var widget = new OrderedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = field.Name,
            ["label"] = field.Label,
        };
        switch (field.Kind)
        {
            case FieldKind.Text:
                widget["widget"] = "string";
                break;
            case FieldKind.Paragraph:
                widget["widget"] = "text";
                break;
            case FieldKind.Date:
                // A day only: the generator takes the day as written, and Decap would otherwise write a UTC time.
                widget["widget"] = "datetime";
                widget["date_format"] = "YYYY-MM-DD";
                widget["time_format"] = false;
                if (field.Required)
                {
                    widget["default"] = "{{now}}";
                }

                break;
            case FieldKind.WholeNumber:
                widget["widget"] = "number";
                widget["value_type"] = "int";
                widget["min"] = field.Minimum;
                break;
            case FieldKind.Boolean:
                widget["widget"] = "boolean";
                widget["default"] = false;
                break;
            case FieldKind.Url:
                widget["widget"] = "string";
                widget["pattern"] = new List<string> { UrlPattern, "Write a full address starting with https:// or a path on this site starting with /" };
                break;
            case FieldKind.Slug:
                widget["widget"] = "string";
                widget["pattern"] = new List<string> { SlugPattern, "Use lower-case letters a-z, digits and single hyphens, like " + field.Example };
                break;
            case FieldKind.Choice:
                widget["widget"] = "select";
                widget["options"] = field.Choices.ToList();
                widget["default"] = field.Choices.IsDefaultOrEmpty ? null : field.Choices[0];
                break;
            case FieldKind.SitePaths:
                widget["widget"] = "list";
                break;
            case FieldKind.Topics:
                AddTopics(widget, topics);
                break;
            case FieldKind.ObjectList:
                widget["widget"] = "list";
                widget["summary"] = field.Fields.IsDefaultOrEmpty ? null : "{{fields." + field.Fields[0].Name + "}}";
                widget["fields"] = For(field.Fields, topics, eventsCollection);
                break;
            case FieldKind.EventReference:
                widget["widget"] = "relation";
                widget["collection"] = eventsCollection;
                widget["value_field"] = "{{slug}}";
                widget["search_fields"] = new List<string> { "name", "organizer" };
                widget["display_fields"] = new List<string> { "name" };
                break;
            case FieldKind.Image:
                widget["widget"] = "image";
                widget["choose_url"] = false;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field.Kind, "A field kind with no widget.");
        }

        widget["required"] = field.Required;
        widget["hint"] = field.Help;
        foreach (string key in widget.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            widget.Remove(key);
        }

        return widget;
    }

    /// <summary>A pick list of the site's topics when it has some; otherwise names typed by hand, separated by commas.</summary>
    private static void AddTopics(OrderedDictionary<string, object?> widget, ImmutableArray<TopicInfo> topics)
    {
        if (topics.IsDefaultOrEmpty)
        {
            widget["widget"] = "list";
            return;
        }

        widget["widget"] = "select";
        widget["multiple"] = true;
        widget["options"] = topics
            .Select(t => new OrderedDictionary<string, object?>(StringComparer.Ordinal) { ["label"] = t.Name, ["value"] = t.Name })
            .ToList();
    }
}
