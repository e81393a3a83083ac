using System.Globalization;
using Annals.Web.Building;

namespace Annals.Web.Calendars;

/// <summary>
/// The iCalendar text of each event, kept between the runs of a preview session: serializing 2,000 events with
/// Ical.Net took longer than the rest of a one-post rebuild, and an edit changes one or two of them. Keyed by every
/// field of the <see cref="CalendarEntry"/>, so a changed event is serialized again; entries a run did not use are
/// dropped after it.
/// </summary>
public sealed class CalendarMemo
{
    private readonly OutputMemo _texts = new();

    public string GetOrWrite(CalendarEntry entry, Func<CalendarEntry, string> write)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(write);
        return _texts.GetOrMake(entry.Uid, ContentHash.Of(KeyOf(entry)), () => write(entry));
    }

    /// <summary>After a run: what it did not use is forgotten at the end of the next one.</summary>
    public void Sweep() => _texts.Sweep();

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
