namespace Annals.Web.Calendars;

/// <summary>Where the iCalendar files are published (site paths).</summary>
public static class CalendarPaths
{
    /// <summary>Every event, for calendar applications to subscribe to.</summary>
    public const string AllEvents = "/events/calendar.ics";

    /// <summary>One event, beside its page (<c>/events/ID/event.ics</c>), for "Add to calendar".</summary>
    public static string Event(string eventUrl) => $"{eventUrl}event.ics";
}
