namespace Annals.Web.Rendering;

/// <summary>One entry of the main navigation.</summary>
public sealed record NavItem(string Title, string Url);
