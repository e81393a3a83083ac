using System.Collections.Immutable;

namespace Annals.Web.Archives;

/// <summary>
/// Splits a list into pages: page 1 at the list's own URL, page N at <c>{url}page/N/</c>. An empty list
/// still has one (empty) page, so the list URL always exists.
/// </summary>
public static class Pagination
{
    public static ImmutableArray<ListPage<T>> Split<T>(IReadOnlyList<T> items, int perPage, string firstPageUrl)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfLessThan(perPage, 1);
        int total = Math.Max(1, (items.Count + perPage - 1) / perPage);
        var pages = ImmutableArray.CreateBuilder<ListPage<T>>(total);
        for (int number = 1; number <= total; number++)
        {
            ImmutableArray<T> slice = [.. items.Skip((number - 1) * perPage).Take(perPage)];
            pages.Add(new ListPage<T>(number, total, UrlOf(firstPageUrl, number), slice));
        }

        return pages.MoveToImmutable();
    }

    public static string UrlOf(string firstPageUrl, int number)
    {
        ArgumentNullException.ThrowIfNull(firstPageUrl);
        return number == 1 ? firstPageUrl : $"{firstPageUrl}page/{number}/";
    }
}
