using Annals.Web.Archives;
using Annals.Web.Building;
using Annals.Web.Content;

namespace Annals.Web.Calendars;

/// <summary>
/// The iCalendar text of each event, kept between the runs of a preview session: serializing 2,000 events with
/// Ical.Net took longer than the rest of a one-post rebuild, and an edit changes one or two of them. Stamped by
/// everything the entry is made from, so a changed event is serialized again; entries a run did not use are
/// dropped after it.
/// </summary>
public sealed class CalendarMemo
{
    private readonly OutputMemo _texts = new();

    /// <summary>The event's text, written by <paramref name="write"/> unless what it is made from is as last time.</summary>
    /// <remarks>
    /// Stamped by what <see cref="CalendarEntries.From"/> reads rather than by the entry it makes: making 1,250 entries
    /// (addresses, descriptions) on every run cost more than the rest of the calendars.
    /// </remarks>
    public string GetOrWrite(EventEntry entry, SiteSettings settings, Func<CalendarEntry, string> write)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(write);
        UInt128 stamp = ContentHash.Combine(
        [
            EventStamp.Of(entry.Event),
            entry.Description is null ? UInt128.Zero : ObjectIdentity.Of(entry.Description),
            (ulong)CalendarEntries.Stamp(entry).DayNumber,
            ContentHash.Of(settings.BaseUrl),
        ]);
        return _texts.GetOrMake(entry.Event.Id, stamp, () => write(CalendarEntries.From(entry, settings)));
    }

    /// <summary>After a run: what it did not use is forgotten at the end of the next one.</summary>
    public void Sweep() => _texts.Sweep();
}
