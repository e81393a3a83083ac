namespace Annals.Web.Rendering;

/// <summary>One step of a breadcrumb trail.</summary>
public sealed record Crumb(string Title, string Url);
