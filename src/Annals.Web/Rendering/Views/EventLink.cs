namespace Annals.Web.Rendering;

/// <summary>A link to an event's page, with its dates and place as readers should see them.</summary>
public sealed record EventLink(string Name, string Url, string? Dates, string? Location);
