using System.Collections.Concurrent;
using System.Globalization;

namespace Annals.Web.Calendars;

/// <summary>
/// The iCalendar text of each event, kept between the runs of a preview session: serializing 2,000 events with
/// Ical.Net took longer than the rest of a one-post rebuild, and an edit changes one or two of them. Keyed by every
/// field of the <see cref="CalendarEntry"/>, so a changed event is serialized again; entries a run did not use are
/// dropped after it.
/// </summary>
public sealed class CalendarMemo
{
    private ConcurrentDictionary<string, string> _previous = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, string> _current = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public string GetOrWrite(CalendarEntry entry, Func<CalendarEntry, string> write)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(write);
        string key = KeyOf(entry);
        ConcurrentDictionary<string, string> current;
        ConcurrentDictionary<string, string> previous;
        lock (_lock)
        {
            current = _current;
            previous = _previous;
        }

        if (current.TryGetValue(key, out string? text) || previous.TryGetValue(key, out text))
        {
            return current[key] = text;
        }

        return current[key] = write(entry);
    }

    /// <summary>After a run: what it did not use is forgotten at the end of the next one.</summary>
    public void Sweep()
    {
        lock (_lock)
        {
            _previous = _current;
            _current = new(StringComparer.Ordinal);
        }
    }

    private static string KeyOf(CalendarEntry entry) => string.Join(
        '\u001f',
        entry.Uid,
        entry.Name,
        entry.Start.DayNumber.ToString(CultureInfo.InvariantCulture),
        entry.LastDay.DayNumber.ToString(CultureInfo.InvariantCulture),
        entry.Location ?? "\u0000",
        entry.Url,
        entry.Description,
        string.Join('\u001e', entry.Categories.IsDefault ? [] : entry.Categories),
        entry.Stamp.DayNumber.ToString(CultureInfo.InvariantCulture));
}
