using System.Collections.Immutable;

namespace Annals.Web.Rendering;

/// <summary>The items of one month on a year's page; <see cref="Anchor"/> is the heading's id (<c>month-04</c>).</summary>
public sealed record MonthGroup(string Name, string Anchor, ImmutableArray<ItemSummary> Items);
