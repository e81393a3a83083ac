namespace Annals.Web.Content;

/// <summary>One entry of the site's main navigation.</summary>
public sealed record NavLink(string Title, string Url);
