using System.Text;
using Annals.Web.Archives;
using Annals.Web.Content;
using Annals.Web.Pages;

namespace Annals.Web.Calendars;

/// <summary>Turns an event of the archive into what its calendar entry says.</summary>
public static class CalendarEntries
{
    public static CalendarEntry From(EventEntry entry, SiteSettings settings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(settings);
        EventInfo info = entry.Event;
        string url = SiteUrls.Absolute(settings.BaseUrl, info.Url);
        return new CalendarEntry(
            Uid(info.Id, settings.BaseUrl),
            info.Name,
            info.Start,
            info.End ?? info.Start,
            info.Location,
            url,
            Description(entry, url),
            [.. info.Topics.Select(t => t.Name)],
            Stamp(entry));
    }

    /// <summary>The event id at the site's host (<c>osce-alliance-2024@example.org</c>): the same in every build.</summary>
    public static string Uid(string eventId, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        return $"{eventId}@{new Uri(baseUrl, UriKind.Absolute).Host}";
    }

    /// <summary>
    /// The day the entry last changed as far as the content says: its newest report, or its start. Never the build's
    /// clock, so two builds of the same content write the same bytes.
    /// </summary>
    public static DateOnly Stamp(EventEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        DateOnly newest = entry.Event.Start;
        foreach (PublishedItem report in entry.Reports)
        {
            if (report.Item.Date.Day > newest)
            {
                newest = report.Item.Date.Day;
            }
        }

        return newest;
    }

    /// <summary>The theme, the first paragraph of the description, who organizes it, and where to read more.</summary>
    private static string Description(EventEntry entry, string url)
    {
        EventInfo info = entry.Event;
        var text = new StringBuilder();
        if (info.Theme is { Length: > 0 } theme)
        {
            text.Append("Theme: ").Append(theme).Append("\n\n");
        }

        if (entry.Description is { FirstParagraph.Length: > 0 } description)
        {
            text.Append(description.FirstParagraph).Append("\n\n");
        }

        text.Append("Organizer: ").Append(info.Organizer).Append('\n');
        if (info.Website is { } website)
        {
            text.Append("Website: ").Append(website).Append('\n');
        }

        if (info.Recording is { } recording)
        {
            text.Append("Recording: ").Append(recording).Append('\n');
        }

        return text.Append(url).ToString();
    }
}
