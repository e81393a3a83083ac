using System.Globalization;
using System.Text;
using Annals.Web.Content;

namespace Annals.Web.Authoring;

/// <summary>
/// Writes a new event, <c>input/events/ID.md</c>, with the fields given, checked as the build checks them. An
/// edition of a known series takes its organizer from the latest edition when none is given.
/// </summary>
public static class EventFileWriter
{
    public static AuthoringResult Write(string inputDirectory, NewEvent newEvent, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(inputDirectory);
        ArgumentNullException.ThrowIfNull(newEvent);
        ArgumentNullException.ThrowIfNull(catalog);
        if (Problem(newEvent) is { } problem)
        {
            return AuthoringResult.Refused(problem);
        }

        List<string> notes = [];
        string? organizer = Clean(newEvent.Organizer);
        if (organizer is null && newEvent.Series is { } series && catalog.LatestOf(series) is { } previous)
        {
            organizer = previous.Organizer;
            notes.Add($"The organizer '{organizer}' was copied from {previous.Id}; change it in the file if it differs.");
        }

        if (organizer is null)
        {
            return AuthoringResult.Refused("say who organizes the event with --organizer, like --organizer OSCE");
        }

        string path = Path.Combine(inputDirectory, "events", newEvent.Id + ".md");
        if (File.Exists(path))
        {
            return AuthoringResult.Refused($"the event {newEvent.Id} exists already (events/{newEvent.Id}.md) and was left as it is: open that file to change it");
        }

        if (newEvent.Series is { } seriesId && catalog.LatestOf(seriesId) is null)
        {
            notes.Add($"This is the first event of the series '{seriesId}'.");
        }

        return NewFile.TryWrite(path, Text(newEvent, organizer))
            ? AuthoringResult.Wrote(path, $"/events/{newEvent.Id}/", notes)
            : AuthoringResult.Refused($"events/{newEvent.Id}.md was created by someone else meanwhile and was left as it is");
    }

    private static string? Problem(NewEvent e)
    {
        if (!SlugRules.IsSlug(e.Id))
        {
            return $"the event id '{e.Id}' cannot be used: an id is lower-case letters a-z, digits and single hyphens, like {Slugifier.Slugify(e.Id)}";
        }

        if (Clean(e.Name) is null)
        {
            return "give the event a name with --name, like --name \"25th Conference of the Alliance against Trafficking in Persons\"";
        }

        if (e.End is { } end && end < e.Start)
        {
            return "--end is before --start: an event ends on or after the day it starts";
        }

        if (e.Series is { } series && !SlugRules.IsSlug(series))
        {
            return $"the series '{series}' cannot be used: a series id is lower-case letters a-z, digits and single hyphens, like {Slugifier.Slugify(series)}";
        }

        return e.Edition is <= 0 ? "--edition must be a whole number from 1 up, like 25" : null;
    }

    private static string Text(NewEvent e, string organizer)
    {
        var text = new StringBuilder("---\n");
        text.Append("name: ").Append(YamlText.Scalar(Clean(e.Name)!)).Append('\n');
        text.Append("organizer: ").Append(YamlText.Scalar(organizer)).Append('\n');
        text.Append("start: ").Append(Day(e.Start)).Append('\n');
        text.Append(e.End is { } end ? $"end: {Day(end)}\n" : "# end: YYYY-MM-DD (the last day, if it lasts more than one)\n");
        text.Append(Clean(e.Location) is { } location ? $"location: {YamlText.Scalar(location)}\n" : "# location: Hofburg, Vienna, Austria\n");
        if (e.Series is { } series)
        {
            text.Append("series: ").Append(series).Append('\n');
        }

        if (e.Edition is { } edition)
        {
            text.Append("edition: ").Append(edition.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        text.Append("# theme: The motto of the conference, if it has one\n");
        text.Append("# website: https://www.example.org/conference\n");
        text.Append("# recording: https://www.example.org/recording\n");
        text.Append("# topics: [First topic, Second topic]\n");
        text.Append("---\n");
        text.Append("Describe the event here: its programme, the panels, who took part.\n");
        return text.ToString();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.ReplaceLineEndings(" ").Trim();
}
