using System.Collections.Immutable;

namespace Annals.Web.Calendars;

/// <summary>
/// One event as a calendar shows it: a whole-day event from <see cref="Start"/> to <see cref="LastDay"/> (both
/// included), with a UID that stays the same from build to build and a stamp taken from the content, never the clock.
/// </summary>
public sealed record CalendarEntry(
    string Uid,
    string Name,
    DateOnly Start,
    DateOnly LastDay,
    string? Location,
    string Url,
    string Description,
    ImmutableArray<string> Categories,
    DateOnly Stamp);
