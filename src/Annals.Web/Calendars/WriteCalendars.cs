using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Archives;
using Annals.Web.Building;
using Annals.Web.Content;
using Annals.Web.Pipelines;

namespace Annals.Web.Calendars;

/// <summary>
/// The events as iCalendar files: <c>/events/calendar.ics</c> with every event, for calendar applications to
/// subscribe to, and <c>/events/ID/event.ics</c> beside each event's page, for its "Add to calendar" link. Each
/// event is serialized once, in parallel, and its text used in both files; a preview session passes
/// <paramref name="memo"/> to reuse the text of unchanged events and <paramref name="outputs"/> to reuse the whole
/// calendar while every event's text is the one it was made from.
/// </summary>
public sealed class WriteCalendars(CalendarMemo? memo = null, OutputMemo? outputs = null) : SiteWideModule
{
    private static readonly MetadataKey<EventEntry> Event = new("calendar-event");

    private static readonly MetadataKey<string> EventText = new("calendar-event-text");

    protected override async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context, SiteSettings settings, SiteIndex index)
    {
        ImmutableArray<Document> perEvent = await context.SelectAsync(
            [.. index.Events.Select(e => new Document(e.Event.SourcePath, CalendarPaths.Event(e.Event.Url).TrimStart('/')).With(Event, e))],
            (document, _) =>
            {
                EventEntry entry = document.Get(Event);
                string text = memo is null
                    ? CalendarWriter.WriteEvent(CalendarEntries.From(entry, settings))
                    : memo.GetOrWrite(entry, settings, CalendarWriter.WriteEvent);
                byte[] file = outputs is null
                    ? CalendarWriter.WriteCalendar(null, null, [text])
                    : outputs.GetOrMake(document.Destination!, ObjectIdentity.Of(text), () => CalendarWriter.WriteCalendar(null, null, [text]));
                return ValueTask.FromResult<Document?>(document.WithContent(DocumentContent.FromBytes(file)).With(EventText, text));
            }).ConfigureAwait(false);
        string[] texts = [.. perEvent.Select(d => d.Get(EventText))];
        byte[] Write() => CalendarWriter.WriteCalendar($"Events — {settings.Title}", settings.Description, texts);
        byte[] all = outputs is null ? Write() : outputs.GetOrMake(CalendarPaths.AllEvents, Stamp(settings, texts), Write);
        return inputs
            .Add(new Document(null, CalendarPaths.AllEvents.TrimStart('/')).WithContent(DocumentContent.FromBytes(all)))
            .AddRange(perEvent);
    }

    /// <summary>The memo hands back the same text object for an unchanged event, so the texts are stamped by identity.</summary>
    private static UInt128 Stamp(SiteSettings settings, string[] texts)
    {
        var parts = new UInt128[texts.Length + 1];
        parts[0] = ContentHash.Of(string.Join('\n', settings.Title, settings.Description));
        for (int i = 0; i < texts.Length; i++)
        {
            parts[i + 1] = ObjectIdentity.Of(texts[i]);
        }

        return ContentHash.Combine(parts);
    }
}
