using System.Collections.Immutable;

namespace Annals.Web.Rendering;

/// <summary>One event on its own page: what it was, when and where, its description, and every report about it.</summary>
public sealed record EventView(
    string Id,
    string Name,
    string Url,
    string Organizer,
    string Dates,
    string StartIso,
    string? EndIso,
    string? Location,
    string? Theme,
    string? Website,
    string? Recording,
    int? Edition,
    SeriesLink? Series,
    ImmutableArray<TopicLink> Topics,
    RawHtml? Description,
    ImmutableArray<ItemSummary> Reports,
    ImmutableArray<DelegationView> Delegations)
{
    /// <summary>The event's own iCalendar file (<c>/events/ID/event.ics</c>), for "Add to calendar"; null when there is none.</summary>
    public string? CalendarUrl { get; init; }
}
