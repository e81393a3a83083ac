using System.Collections.Immutable;

namespace Annals.Web.Rendering;

/// <summary>
/// Where a paginated list is: the current page, the neighbours, and the page links to show. Only the first
/// and last pages and two on each side of the current one are listed (with <see cref="PagerLink.GapBefore"/>
/// where numbers are skipped), so a list of a thousand pages does not carry a thousand links on each page.
/// </summary>
public sealed record Pager(int Page, int TotalPages, string? PreviousUrl, string? NextUrl, ImmutableArray<PagerLink> Pages)
{
    /// <summary>How many pages on each side of the current one are linked.</summary>
    public const int Reach = 2;

    public static Pager For(int page, int totalPages, Func<int, string> urlOf)
    {
        ArgumentNullException.ThrowIfNull(urlOf);
        ArgumentOutOfRangeException.ThrowIfLessThan(totalPages, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(page, totalPages);
        var shown = new SortedSet<int> { 1, totalPages };
        for (int number = Math.Max(1, page - Reach); number <= Math.Min(totalPages, page + Reach); number++)
        {
            shown.Add(number);
        }

        var links = ImmutableArray.CreateBuilder<PagerLink>(shown.Count);
        int previous = 0;
        foreach (int number in shown)
        {
            links.Add(new PagerLink(number, urlOf(number), number == page) { GapBefore = number > previous + 1 });
            previous = number;
        }

        return new Pager(
            page,
            totalPages,
            page > 1 ? urlOf(page - 1) : null,
            page < totalPages ? urlOf(page + 1) : null,
            links.MoveToImmutable());
    }
}
