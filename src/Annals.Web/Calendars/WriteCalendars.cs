using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Archives;
using Annals.Web.Content;
using Annals.Web.Pipelines;

namespace Annals.Web.Calendars;

/// <summary>
/// The events as iCalendar files: <c>/events/calendar.ics</c> with every event, for calendar applications to
/// subscribe to, and <c>/events/ID/event.ics</c> beside each event's page, for its "Add to calendar" link. One pass
/// over the events; each entry is made once and written twice.
/// </summary>
public sealed class WriteCalendars : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        SiteSettings? settings = SettingsAccess.Find(context)?.Get(WebKeys.Settings);
        SiteIndex? index = BuildSiteIndex.Find(context);
        if (settings is null || index is null)
        {
            return inputs;
        }

        CalendarEntry[] entries = [.. index.Events.Select(e => CalendarEntries.From(e, settings))];
        ImmutableArray<Document> perEvent = await context.SelectAsync(
            [.. index.Events.Select((e, n) => new Document(null, CalendarPaths.Event(e.Event.Url).TrimStart('/')).With(EntryKey, entries[n]))],
            (document, _) =>
            {
                CalendarEntry entry = document.Get(EntryKey);
                return ValueTask.FromResult<Document?>(document.WithText(CalendarWriter.Write(entry.Name, null, [entry])));
            }).ConfigureAwait(false);
        string all = CalendarWriter.Write($"Events — {settings.Title}", settings.Description, entries);
        return inputs.Add(new Document(null, CalendarPaths.AllEvents.TrimStart('/')).WithText(all)).AddRange(perEvent);
    }

    private static readonly MetadataKey<CalendarEntry> EntryKey = new("calendar-entry");
}
