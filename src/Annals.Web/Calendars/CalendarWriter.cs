using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Annals.Web.Calendars;

/// <summary>
/// Writes an iCalendar file (RFC 5545) with Ical.Net: one VEVENT per entry, all-day events as DATE values with the
/// exclusive end RFC 5545 asks for (an event on 15–16 April ends on 17 April), and DTSTAMP from the content so the
/// same content gives the same bytes.
/// </summary>
public static class CalendarWriter
{
    public const string MediaType = "text/calendar";

    public const string ProductId = "-//Annals//Annals news archive//EN";

    /// <param name="name">Shown by calendar applications as the calendar's name (<c>X-WR-CALNAME</c>).</param>
    /// <param name="description">Shown as its description (<c>X-WR-CALDESC</c>), when there is one.</param>
    /// <param name="entries">The events, in the order they are written.</param>
    public static string Write(string name, string? description, IEnumerable<CalendarEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(entries);
        var calendar = new Calendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        if (!string.IsNullOrWhiteSpace(description))
        {
            calendar.AddProperty("X-WR-CALDESC", description);
        }

        foreach (CalendarEntry entry in entries)
        {
            calendar.Events.Add(Event(entry));
        }

        // A context of its own: pages are written in parallel, and a shared serialization context is not thread-safe.
        return new CalendarSerializer(new SerializationContext()).SerializeToString(calendar) ?? string.Empty;
    }

    private static CalendarEvent Event(CalendarEntry entry)
    {
        var ev = new CalendarEvent
        {
            Uid = entry.Uid,
            DtStamp = new CalDateTime(entry.Stamp.Year, entry.Stamp.Month, entry.Stamp.Day, 0, 0, 0, CalDateTime.UtcTzId),
            DtStart = new CalDateTime(entry.Start),
            DtEnd = new CalDateTime(entry.LastDay.AddDays(1)),
            Summary = entry.Name,
            Description = entry.Description,
            Url = new Uri(entry.Url, UriKind.Absolute),

            // A subscriber follows the archive's conferences, mostly without attending: they should not show as busy.
            Transparency = TransparencyType.Transparent,
        };
        if (entry.Location is not null)
        {
            ev.Location = entry.Location;
        }

        if (entry.Categories.Length > 0)
        {
            ev.Categories = [.. entry.Categories];
        }

        return ev;
    }
}
