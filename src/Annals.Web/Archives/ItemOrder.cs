using Annals.Web.Content;

namespace Annals.Web.Archives;

/// <summary>
/// The one order of items everywhere: newest day first; on the same day, by title; then by URL so that
/// the order never depends on the order files were read in.
/// </summary>
public sealed class ItemOrder : IComparer<NewsItem>
{
    public static readonly ItemOrder NewestFirst = new();

    public int Compare(NewsItem? x, NewsItem? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return 1;
        }

        if (y is null)
        {
            return -1;
        }

        int result = y.Date.Day.CompareTo(x.Date.Day);
        if (result == 0)
        {
            result = string.Compare(x.Title, y.Title, StringComparison.OrdinalIgnoreCase);
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(x.Title, y.Title);
        }

        return result == 0 ? string.CompareOrdinal(x.Url, y.Url) : result;
    }
}
