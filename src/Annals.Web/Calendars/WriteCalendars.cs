using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Archives;
using Annals.Web.Content;
using Annals.Web.Pipelines;

namespace Annals.Web.Calendars;

/// <summary>
/// The events as iCalendar files: <c>/events/calendar.ics</c> with every event, for calendar applications to
/// subscribe to, and <c>/events/ID/event.ics</c> beside each event's page, for its "Add to calendar" link. Each
/// event is serialized once, in parallel, and its text used in both files; a preview session passes
/// <paramref name="memo"/> to reuse the text of unchanged events.
/// </summary>
public sealed class WriteCalendars(CalendarMemo? memo = null) : SiteWideModule
{
    private static readonly MetadataKey<EventEntry> Event = new("calendar-event");

    private static readonly MetadataKey<string> EventText = new("calendar-event-text");

    protected override async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context, SiteSettings settings, SiteIndex index)
    {
        ImmutableArray<Document> perEvent = await context.SelectAsync(
            [.. index.Events.Select(e => new Document(e.Event.SourcePath, CalendarPaths.Event(e.Event.Url).TrimStart('/')).With(Event, e))],
            (document, _) =>
            {
                CalendarEntry entry = CalendarEntries.From(document.Get(Event), settings);
                string text = memo is null ? CalendarWriter.WriteEvent(entry) : memo.GetOrWrite(entry, CalendarWriter.WriteEvent);
                return ValueTask.FromResult<Document?>(document.WithText(CalendarWriter.WriteCalendar(null, null, [text])).With(EventText, text));
            }).ConfigureAwait(false);
        string all = CalendarWriter.WriteCalendar($"Events — {settings.Title}", settings.Description, perEvent.Select(d => d.Get(EventText)));
        return inputs.Add(new Document(null, CalendarPaths.AllEvents.TrimStart('/')).WithText(all)).AddRange(perEvent);
    }
}
