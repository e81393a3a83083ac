using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Annals.Web.Feeds;

/// <summary>
/// Writes a JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with <see cref="Utf8JsonWriter"/>, from the same
/// channel and entries as the Atom feed: the same items, URLs and dates (with their own offsets), so the two never
/// disagree.
/// </summary>
public static class JsonFeedWriter
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    public const string MediaType = "application/feed+json";

    // The file is served on its own as application/feed+json, never inside HTML, so the HTML of content_html can
    // stay readable; JSON's own escaping (quotes, backslashes, control characters) still applies.
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        NewLine = "\n",
    };

    public static string Write(FeedChannel channel, IReadOnlyList<FeedEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(entries);
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("version", Version);
            json.WriteString("title", channel.Title);
            json.WriteString("home_page_url", channel.PageUrl);
            json.WriteString("feed_url", channel.SelfUrl);
            if (channel.Subtitle is not null)
            {
                json.WriteString("description", channel.Subtitle);
            }

            if (channel.Language is not null)
            {
                json.WriteString("language", channel.Language);
            }

            WriteAuthors(json, [channel.Publisher]);
            json.WriteStartArray("items");
            foreach (FeedEntry entry in entries)
            {
                WriteItem(json, entry);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void WriteItem(Utf8JsonWriter json, FeedEntry entry)
    {
        json.WriteStartObject();
        json.WriteString("id", entry.AbsoluteUrl);
        json.WriteString("url", entry.AbsoluteUrl);
        json.WriteString("title", entry.Title);
        json.WriteString("content_html", entry.ContentHtml);
        json.WriteString("summary", entry.Summary);
        if (entry.ImageUrl is not null)
        {
            json.WriteString("image", entry.ImageUrl);
        }

        json.WriteString("date_published", AtomFeedWriter.Rfc3339(entry.Published));
        if (entry.Authors.Length > 0)
        {
            WriteAuthors(json, entry.Authors);
        }

        if (entry.Categories.Length > 0)
        {
            json.WriteStartArray("tags");
            foreach (string tag in entry.Categories)
            {
                json.WriteStringValue(tag);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteAuthors(Utf8JsonWriter json, IEnumerable<string> names)
    {
        json.WriteStartArray("authors");
        foreach (string name in names)
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
