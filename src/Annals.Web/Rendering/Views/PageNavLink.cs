namespace Annals.Web.Rendering;

/// <summary>One entry of the main navigation as a page shows it: <c>is_current</c> when the page is that section or in it.</summary>
public sealed record PageNavLink(string Title, string Url, bool IsCurrent);
