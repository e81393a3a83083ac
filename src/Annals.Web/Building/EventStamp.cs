using System.Runtime.CompilerServices;
using Annals.Web.Content;

namespace Annals.Web.Building;

/// <summary>
/// An event's fields by value, hashed once per event object: the pages and the calendar entries that show an event
/// are made again when it changes. Events merged from posts' inline events are new objects on every run, so they
/// are hashed by value rather than by identity.
/// </summary>
public static class EventStamp
{
    private static readonly ConditionalWeakTable<EventInfo, StrongBox<UInt128>> Stamps = [];

    public static UInt128 Of(EventInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return Stamps.GetValue(info, static i => new StrongBox<UInt128>(ModelHasher.Hash("event", i))).Value;
    }
}
