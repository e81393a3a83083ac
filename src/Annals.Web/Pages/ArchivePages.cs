using System.Globalization;
using Annals.Web.Archives;
using Annals.Web.Rendering;

namespace Annals.Web.Pages;

/// <summary><c>/archive/</c> (every year with its count) and <c>/archive/YYYY/</c> (the year's items by month).</summary>
public static class ArchivePages
{
    public const string IndexLayout = "archive";
    public const string YearLayout = "year";

    public static IEnumerable<PageRequest> Create(SiteIndex index, ViewMapper views)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(views);
        var archiveCrumb = new Crumb("Archive", "/archive/");
        yield return new PageRequest(
            "/archive/",
            IndexLayout,
            views.Page("Archive", "/archive/", $"Every year of {views.Settings.Title}, with the number of items published.", IndexLayout, Breadcrumbs.Of(archiveCrumb)) with
            {
                Years = [.. index.Years.Select(y => new YearLink(y.Year, y.Url, y.Items.Length))],
            },
            null);

        // Every year page lists every year with its count.
        long[] yearCounts = [.. index.Years.SelectMany(y => new long[] { y.Year, y.Items.Length })];
        foreach (YearEntry year in index.Years)
        {
            string title = year.Year.ToString(CultureInfo.InvariantCulture);
            UInt128? stamp = views.Stamps?.Of(YearLayout + ":" + title, yearCounts, year.Items);
            yield return new PageRequest(
                year.Url,
                YearLayout,
                () => views.Page(title, year.Url, $"Everything {views.Settings.Title} published in {title}, month by month.", YearLayout, Breadcrumbs.Of(archiveCrumb, new Crumb(title, year.Url))) with
                {
                    Months = [.. year.Months.Select(m => new MonthGroup(
                        views.Dates.Month(year.Year, m.Month),
                        string.Create(CultureInfo.InvariantCulture, $"month-{m.Month:00}"),
                        [.. m.Items.Select(views.Summary)]))],
                    Years = [.. index.Years.Select(y => new YearLink(y.Year, y.Url, y.Items.Length))],
                },
                null,
                stamp)
            {
                LastModified = HomePages.Newest(year.Items),
            };
        }
    }
}
