using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Annals.Web.Calendars;

/// <summary>
/// Writes iCalendar files (RFC 5545) with Ical.Net: one VEVENT per entry, all-day events as DATE values with the
/// exclusive end RFC 5545 asks for (an event on 15–16 April ends on 17 April), and DTSTAMP from the content so the
/// same content gives the same bytes.
/// </summary>
/// <remarks>
/// Ical.Net takes about half a millisecond to build and serialize one event, so each event is serialized once
/// (<see cref="WriteEvent"/>) and that text is placed both in its own file and in the file of every event
/// (<see cref="WriteCalendar"/>), exactly where Ical.Net would put it: the calendar's own lines are Ical.Net's too.
/// </remarks>
public static class CalendarWriter
{
    public const string MediaType = "text/calendar";

    public const string ProductId = "-//Annals//Annals news archive//EN";

    private const string End = "END:VCALENDAR\r\n";

    /// <summary>The lines of a calendar without a name, the same for every single-event file: made once.</summary>
    private static readonly Lazy<string> PlainFrame = new(() => Frame(null, null));

    /// <summary>A whole calendar of <paramref name="entries"/>, in the order given.</summary>
    public static string Write(string? name, string? description, IEnumerable<CalendarEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return Encoding.UTF8.GetString(WriteCalendar(name, description, [.. entries.Select(WriteEvent)]));
    }

    /// <summary>The calendar file as UTF-8.</summary>
    /// <remarks>
    /// Encoded straight into one array of the file's size: the calendar of every event is megabytes at a large
    /// archive, and joined as strings first it cost its size eight times over on the large object heap.
    /// </remarks>
    /// <param name="name">Shown by calendar applications as the calendar's name (<c>X-WR-CALNAME</c>), when there is one.</param>
    /// <param name="description">Shown as its description (<c>X-WR-CALDESC</c>), when there is one.</param>
    /// <param name="events">VEVENT blocks made by <see cref="WriteEvent"/>.</param>
    public static byte[] WriteCalendar(string? name, string? description, IReadOnlyList<string> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        string frame = string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(description) ? PlainFrame.Value : Frame(name, description);
        ReadOnlySpan<char> head = frame.AsSpan(0, frame.Length - End.Length);
        long length = Encoding.UTF8.GetByteCount(head) + Encoding.UTF8.GetByteCount(End);
        foreach (string text in events)
        {
            length += Encoding.UTF8.GetByteCount(text);
        }

        byte[] file = GC.AllocateUninitializedArray<byte>(checked((int)length));
        int written = Encoding.UTF8.GetBytes(head, file);
        foreach (string text in events)
        {
            written += Encoding.UTF8.GetBytes(text, file.AsSpan(written));
        }

        Encoding.UTF8.GetBytes(End, file.AsSpan(written));
        return file;
    }

    /// <summary>A calendar without events, as Ical.Net writes it; the events go before its last line.</summary>
    private static string Frame(string? name, string? description)
    {
        var calendar = new Calendar { ProductId = ProductId, Method = "PUBLISH" };
        if (!string.IsNullOrWhiteSpace(name))
        {
            calendar.AddProperty("X-WR-CALNAME", name);
        }

        if (!string.IsNullOrWhiteSpace(description))
        {
            calendar.AddProperty("X-WR-CALDESC", description);
        }

        string frame = new CalendarSerializer(new SerializationContext()).SerializeToString(calendar) ?? string.Empty;
        return frame.EndsWith(End, StringComparison.Ordinal)
            ? frame
            : throw new InvalidOperationException("Ical.Net wrote a calendar that does not end with END:VCALENDAR.");
    }

    /// <summary>One event as a VEVENT block (<c>BEGIN:VEVENT</c> ... <c>END:VEVENT</c>, CRLF line ends, folded).</summary>
    public static string WriteEvent(CalendarEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
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

        // A context of its own: events are written in parallel, and a shared serialization context is not thread-safe.
        return new EventSerializer(new SerializationContext()).SerializeToString(ev) ?? string.Empty;
    }
}
