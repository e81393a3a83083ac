using System.Collections.Immutable;
using Annals.Web.Pages;

namespace Annals.Web.Archives;

/// <summary>A year of the archive with its items newest first, grouped by month (newest month first).</summary>
public sealed record YearEntry(int Year, ImmutableArray<PublishedItem> Items, ImmutableArray<MonthEntry> Months)
{
    public string Url => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/archive/{Year}/");
}
