namespace Annals.Web.Content;

/// <summary>One person who represented the organization, with their role when given.</summary>
public sealed record DelegationMember(string Name, string? Role);
