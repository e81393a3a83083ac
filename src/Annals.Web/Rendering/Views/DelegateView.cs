namespace Annals.Web.Rendering;

/// <summary>A member of the delegation, with their role when known.</summary>
public sealed record DelegateView(string Name, string? Role);
