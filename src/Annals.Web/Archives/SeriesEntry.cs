using System.Collections.Immutable;

namespace Annals.Web.Archives;

/// <summary>A recurring conference: its name and description, and its editions by start date.</summary>
public sealed record SeriesEntry(string Id, string Name, string? Description, ImmutableArray<EventEntry> Editions)
{
    public string Url => $"/series/{Id}/";
}
