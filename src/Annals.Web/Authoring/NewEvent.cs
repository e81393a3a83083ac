namespace Annals.Web.Authoring;

/// <summary>What <c>annals new event</c> was asked for; null means not given.</summary>
public sealed record NewEvent(
    string Id,
    string Name,
    DateOnly Start,
    DateOnly? End = null,
    string? Organizer = null,
    string? Location = null,
    string? Series = null,
    int? Edition = null);
