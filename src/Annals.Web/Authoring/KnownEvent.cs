namespace Annals.Web.Authoring;

/// <summary>An event file that exists, with what <c>annals new</c> shows of it or copies from it.</summary>
public sealed record KnownEvent(string Id, string Name, string Organizer, DateOnly Start, string? Series, string? Location);
