namespace Annals.Web.Rendering;

/// <summary>A link to the page of a recurring conference.</summary>
public sealed record SeriesLink(string Name, string Url);
