using System.Collections.Immutable;
using Annals.Web.Pages;

namespace Annals.Web.Archives;

/// <summary>A month of a year, with its items newest first.</summary>
public sealed record MonthEntry(int Month, ImmutableArray<PublishedItem> Items);
