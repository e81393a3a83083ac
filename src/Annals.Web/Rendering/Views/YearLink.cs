namespace Annals.Web.Rendering;

/// <summary>A year of the archive, with the number of items published in it.</summary>
public sealed record YearLink(int Year, string Url, int Count);
