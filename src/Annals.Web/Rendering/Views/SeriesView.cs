using System.Collections.Immutable;

namespace Annals.Web.Rendering;

/// <summary>A recurring conference on its own page, with every edition.</summary>
public sealed record SeriesView(string Name, string Url, string? Description, ImmutableArray<EventSummary> Editions);
