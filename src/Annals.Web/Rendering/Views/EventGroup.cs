using System.Collections.Immutable;

namespace Annals.Web.Rendering;

/// <summary>The events of one year, on the events index.</summary>
public sealed record EventGroup(int Year, ImmutableArray<EventSummary> Events);
