using System.Globalization;

namespace Annals.Web.Search;

/// <summary>
/// Filters are stored in the index as terms no word can be (words never hold <c>#</c> or <c>:</c>), so a filter
/// downloads just like a word: <c>#y:2024</c>, <c>#t:human-trafficking</c>, <c>#e:osce-alliance-2024</c>.
/// The client builds the same names from the URL's <c>year</c>, <c>topic</c> and <c>event</c>.
/// </summary>
public static class FilterTerms
{
    public const char Marker = '#';

    public static string Year(int year) => string.Create(CultureInfo.InvariantCulture, $"#y:{year}");

    public static string Topic(string slug) => "#t:" + slug;

    public static string Event(string id) => "#e:" + id;

    public static bool IsFilter(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return term.Length > 0 && term[0] == Marker;
    }
}
