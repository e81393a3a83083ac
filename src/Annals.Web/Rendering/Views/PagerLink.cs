namespace Annals.Web.Rendering;

/// <summary>A link to one page of a list; <see cref="GapBefore"/> when page numbers are skipped before it.</summary>
public sealed record PagerLink(int Number, string Url, bool IsCurrent)
{
    public bool GapBefore { get; init; }
}
