using System.Globalization;
using Annals.Web.Content;

namespace Annals.Web.Pages;

/// <summary>Formats dates for readers in the site's language, and for machines in ISO 8601.</summary>
public sealed class DateDisplay
{
    private readonly CultureInfo _culture;

    public DateDisplay(string language)
    {
        try
        {
            _culture = CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            _culture = CultureInfo.InvariantCulture;
        }
    }

    /// <summary>"18 April 2024" (or "18 avril 2024" for a French site).</summary>
    public string Day(DateOnly day) => day.ToString("d MMMM yyyy", _culture);

    /// <summary>"April 2024", for month headings.</summary>
    public string Month(int year, int month) =>
        new DateOnly(year, month, 1).ToString(_culture.DateTimeFormat.YearMonthPattern, _culture);

    /// <summary>A single day, or a range written the short way ("15–16 April 2024", "30 April – 2 May 2024").</summary>
    public string Range(DateOnly start, DateOnly? end)
    {
        if (end is not { } last || last == start)
        {
            return Day(start);
        }

        if (start.Year != last.Year)
        {
            return $"{Day(start)} – {Day(last)}";
        }

        if (start.Month != last.Month)
        {
            return $"{start.ToString("d MMMM", _culture)} – {Day(last)}";
        }

        return $"{start.Day.ToString(CultureInfo.InvariantCulture)}–{Day(last)}";
    }

    /// <summary>The date as a machine reads it: the day, or the full instant with its own offset when one was written.</summary>
    public static string Iso(ContentDate date) =>
        date.Instant is { } instant
            ? instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
            : date.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
