namespace Annals.Web.Rendering;

/// <summary>An event in a list (the events index, a series): name, dates, place and how many reports it has.</summary>
public sealed record EventSummary(
    string Name,
    string Url,
    string Dates,
    string StartIso,
    string? Location,
    string Organizer,
    int? Edition,
    int ReportCount);
