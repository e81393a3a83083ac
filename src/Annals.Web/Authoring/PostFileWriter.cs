using System.Globalization;
using System.Text;
using Annals.Web.Content;

namespace Annals.Web.Authoring;

/// <summary>
/// Writes a new post, <c>input/posts/YYYY/YYYY-MM-DD-slug.md</c>, with front matter the build accepts as it is and
/// comments that list the topics and recent events to choose from. Refuses (and writes nothing) when the file or
/// the page address exists already, or when the event id is unknown, naming the closest ids.
/// </summary>
public static class PostFileWriter
{
    private const int EventsListed = 8;
    private const int SuggestionsListed = 5;

    public static AuthoringResult Write(string inputDirectory, NewPost post, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(inputDirectory);
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(catalog);
        string title = post.Title.Trim();
        if (title.Length == 0)
        {
            return AuthoringResult.Refused("the title is empty: write it in quotes after 'new post', like annals new post \"Report on the 25th Alliance Conference\"");
        }

        KnownEvent? known = null;
        if (post.EventId is { } eventId && !catalog.EventsById.TryGetValue(eventId, out known))
        {
            IReadOnlyList<string> closest = ClosestNames.Find(eventId, catalog.EventsById.Keys, SuggestionsListed);
            string offer = closest.Count == 0
                ? "This site has no events yet."
                : $"The closest event ids are: {string.Join(", ", closest)}.";
            return AuthoringResult.Refused(
                $"there is no event '{eventId}' (no file input/events/{eventId}.md). {offer} To add the event first, run: annals new event {Slugifier.Slugify(eventId)} --name \"...\" --start YYYY-MM-DD");
        }

        string slug = Slugifier.Slugify(title);
        string year = post.Date.Year.ToString(CultureInfo.InvariantCulture);
        string day = post.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string folder = Path.Combine(inputDirectory, "posts", year);
        string path = Path.Combine(folder, $"{day}-{slug}.md");
        string url = $"/news/{year}/{slug}/";
        if (File.Exists(path))
        {
            return AuthoringResult.Refused($"{Path.Combine("posts", year, Path.GetFileName(path))} already exists and was left as it is: open it to edit it, or choose another title or --date");
        }

        if (Directory.Exists(folder) && Directory.EnumerateFiles(folder, $"*-{slug}.md").Order(StringComparer.Ordinal).FirstOrDefault() is { } twin)
        {
            return AuthoringResult.Refused($"another post of {year} would have the same address {url} ({Path.GetFileName(twin)}): give this one a different title");
        }

        List<string> notes = [];
        var knownSlugs = catalog.Topics.Select(Slugifier.Slugify).ToHashSet(StringComparer.Ordinal);
        foreach (string topic in post.Topics.Where(t => !knownSlugs.Contains(Slugifier.Slugify(t))))
        {
            IReadOnlyList<string> near = ClosestNames.Find(topic, catalog.Topics, 3);
            notes.Add($"'{topic}' is a new topic{(near.Count > 0 ? $" (existing topics close to it: {string.Join(", ", near)})" : string.Empty)}.");
        }

        return NewFile.TryWrite(path, Text(title, day, post, known, catalog))
            ? AuthoringResult.Wrote(path, url, notes)
            : AuthoringResult.Refused($"{Path.GetFileName(path)} was created by someone else meanwhile and was left as it is");
    }

    private static string Text(string title, string day, NewPost post, KnownEvent? known, SiteCatalog catalog)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(YamlText.Scalar(title)).Append('\n');
        text.Append("date: ").Append(day).Append('\n');
        text.Append("# summary: One or two sentences shown in lists, feeds and search results.\n");
        string[] topics = [.. post.Topics.Select(t => t.Trim()).Where(t => t.Length > 0)];
        text.Append(topics.Length > 0 ? $"topics: {YamlText.FlowList(topics)}\n" : "# topics: [First topic, Second topic]\n");
        CommentLines.Append(text, "Topics in use", catalog.Topics);
        if (known is not null)
        {
            text.Append("event: ").Append(known.Id).Append("  # ").Append(OneLine(known.Name)).Append('\n');
        }
        else
        {
            text.Append("# event: the-event-id\n");
            CommentLines.Append(text, "Recent events", [.. catalog.Events.Take(EventsListed).Select(e => $"{e.Id} ({OneLine(e.Name)})")]);
        }

        text.Append("---\n");
        text.Append("Write the text here. Leave an empty line between paragraphs; start a line with ## for a section heading.\n");
        return text.ToString();
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
