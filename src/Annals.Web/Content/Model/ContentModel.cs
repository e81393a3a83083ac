using System.Collections.Immutable;

namespace Annals.Web.Content.Model;

/// <summary>
/// The one description of what staff may write in front matter (see the content model document). The readers take
/// their keys, required keys and examples from here, and the web editor's configuration is generated from it, so a
/// field added here is known to both. The examples are valid values: a test reads a file made of them.
/// </summary>
public static class ContentModel
{
    /// <summary>An entry of a news item's <c>delegation</c>.</summary>
    public static readonly ImmutableArray<ContentField> DelegationMember =
    [
        new("name", FieldKind.Text, "Name", "The person's name as it should appear on the page.", "Michel Veuthey") { Required = true },
        new("role", FieldKind.Text, "Role", "Their role in the delegation, like Head of Delegation.", "Head of Delegation"),
    ];

    /// <summary>A news item (<c>input/posts/**/*.md</c>).</summary>
    public static readonly ContentSchema NewsItem = new(
        "posts",
        "News item",
        [
            new("title", FieldKind.Text, "Title", "The headline; the page address is made from it.", "Report on the OSCE Alliance conference") { Required = true },
            new("date", FieldKind.Date, "Date", "The day of publication; it decides the year and address of the item.", "2024-04-18") { Required = true },
            new("summary", FieldKind.Paragraph, "Summary", "One or two sentences for lists, feeds and search results; without it the first paragraph is used.", "The Order's delegation at the Alliance conference in Vienna."),
            new("topics", FieldKind.Topics, "Topics", "The topics the item is about.", "[Human trafficking, OSCE]"),
            new("event", FieldKind.EventReference, "Event", "The conference or meeting the item reports on.", "osce-alliance-2024"),
            new("delegation", FieldKind.ObjectList, "Delegation", "Who represented the organization, one person per entry.", "[{name: Michel Veuthey, role: Head of Delegation}]") { Fields = DelegationMember },
            new("image", FieldKind.Image, "Image", "A picture shown at the top of the item.", "assets/2024/hofburg.jpg"),
            new("image_alt", FieldKind.Text, "Image description", "What the picture shows, for people who cannot see it; required with an image.", "The Hofburg conference centre in Vienna") { RequiredWith = "image" },
            new("image_caption", FieldKind.Text, "Image caption", "A caption shown under the picture.", "The Hofburg, where the conference met"),
            new("image_credit", FieldKind.Text, "Image credit", "Who took or owns the picture.", "OSCE"),
            new("type", FieldKind.Choice, "Type", "What kind of item this is.", "report") { Choices = ["report", "statement", "announcement", "news"] },
            new("location", FieldKind.Text, "Location", "Where it happened; by default the event's location.", "Vienna, Austria"),
            new("video", FieldKind.Url, "Video", "A link to the recording, starting with https://.", "https://example.org/recording"),
            new("slug", FieldKind.Slug, "Address", "Only to choose the address yourself: lower-case words joined by hyphens; by default made from the title.", "osce-alliance-2024-report"),
            new("aliases", FieldKind.SitePaths, "Old addresses", "Old addresses of this item on this site, like /news/old-url.html; they will redirect here.", "[/news/old-url.html]"),
            new("draft", FieldKind.Boolean, "Draft", "A draft is left out of the published site.", "false"),
        ],
        "The text of the item, in Markdown.");

    /// <summary>An event (<c>input/events/ID.md</c>; the file name is the id).</summary>
    public static readonly ContentSchema Event = new(
        "events",
        "Event",
        [
            new("name", FieldKind.Text, "Name", "The full name of the conference or meeting.", "24th Conference of the Alliance against Trafficking in Persons") { Required = true },
            new("organizer", FieldKind.Text, "Organizer", "Who organized it.", "OSCE") { Required = true },
            new("start", FieldKind.Date, "Start", "The first day.", "2024-04-15") { Required = true },
            new("end", FieldKind.Date, "End", "The last day, if it lasted more than one day.", "2024-04-16"),
            new("location", FieldKind.Text, "Location", "Where it took place.", "Hofburg, Vienna, Austria"),
            new("series", FieldKind.Slug, "Series", "The id that groups the editions of a recurring conference, like osce-alliance.", "osce-alliance"),
            new("edition", FieldKind.WholeNumber, "Edition", "The number of this edition.", "24") { Minimum = 1 },
            new("theme", FieldKind.Text, "Theme", "The theme of this edition.", "\"Beyond Awareness-Raising: Reshaping Human Trafficking Prevention\""),
            new("website", FieldKind.Url, "Website", "The event's web site, starting with https://.", "https://www.osce.org/"),
            new("recording", FieldKind.Url, "Recording", "A link to the recording, starting with https://.", "https://example.org/rec"),
            new("topics", FieldKind.Topics, "Topics", "The topics of the event.", "[Human trafficking]"),
        ],
        "A description of the event (programme, panels, participants), in Markdown.");

    /// <summary>The key an event written inline under a news item's <c>event:</c> has besides an event file's keys.</summary>
    public static readonly ContentField InlineEventId =
        new("id", FieldKind.Slug, "Id", "The event's id, as the name of its file would be.", "osce-alliance-2024") { Required = true };
}
