namespace Annals.Web.Rendering;

/// <summary>A numbered link of a pager.</summary>
public sealed record PagerLink(int Number, string Url, bool IsCurrent);
