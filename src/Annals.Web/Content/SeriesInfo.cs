namespace Annals.Web.Content;

/// <summary>
/// A recurring conference described in <c>input/series.yml</c>. Name and description are optional:
/// without a name, the site graph names a series after its most recent edition.
/// </summary>
public sealed record SeriesInfo(string Id, string? Name, string? Description);
