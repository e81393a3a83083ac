using System.Globalization;
using Annals.Web.Calendars;
using Ical.Net;
using Calendar = Ical.Net.Calendar;
using Ical.Net.CalendarComponents;

namespace Annals.Web.Tests.Calendars;

public sealed class CalendarWriterTests
{
    private static readonly CalendarEntry Conference = new(
        "osce-alliance-2024@example.org",
        "24th Conference; of the Alliance, \"against\" trafficking — Genève",
        new DateOnly(2024, 4, 15),
        new DateOnly(2024, 4, 16),
        "Hofburg, Vienna, Austria",
        "https://example.org/events/osce-alliance-2024/",
        "Theme: Beyond awareness\n\nOrganizer: OSCE\nhttps://example.org/events/osce-alliance-2024/",
        ["Human trafficking", "OSCE"],
        new DateOnly(2024, 4, 18));

    [Fact]
    public void An_event_reads_back_as_an_all_day_event_with_an_exclusive_end()
    {
        Calendar calendar = Calendar.Load(CalendarWriter.Write("Events — Test", "All events.", [Conference]))!;

        CalendarEvent ev = Assert.Single(calendar.Events);
        Assert.True(ev.IsAllDay);
        Assert.False(ev.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2024, 4, 15), ev.DtStart.Date);
        Assert.Equal(new DateOnly(2024, 4, 17), ev.DtEnd!.Date);
        Assert.Equal(Conference.Uid, ev.Uid);
        Assert.Equal(Conference.Name, ev.Summary);
        Assert.Equal(Conference.Location, ev.Location);
        Assert.Equal(Conference.Description, ev.Description);
        Assert.Equal(new Uri(Conference.Url), ev.Url);
        Assert.Equal(["Human trafficking", "OSCE"], ev.Categories);
        Assert.True(ev.DtStamp!.IsUtc);
        Assert.Equal(new DateTime(2024, 4, 18, 0, 0, 0, DateTimeKind.Utc), ev.DtStamp.AsUtc);
        Assert.Equal("Events — Test", calendar.Properties["X-WR-CALNAME"]?.Value);
        Assert.Equal(CalendarWriter.ProductId, calendar.ProductId);
    }

    [Fact]
    public void A_one_day_event_ends_the_next_day()
    {
        CalendarEntry oneDay = Conference with { LastDay = Conference.Start, Location = null, Categories = [] };

        string text = CalendarWriter.Write("Events", null, [oneDay]);

        Assert.Contains("DTSTART;VALUE=DATE:20240415\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTEND;VALUE=DATE:20240416\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("LOCATION", text, StringComparison.Ordinal);
        Assert.DoesNotContain("X-WR-CALDESC", text, StringComparison.Ordinal);
        Assert.Single(Calendar.Load(text)!.Events);
    }

    [Fact]
    public void Lines_are_folded_at_75_octets_and_end_with_crlf()
    {
        string text = CalendarWriter.Write("Events", null, [Conference with { Name = string.Concat(Enumerable.Repeat("Genève é ", 30)) }]);

        string[] lines = text.Split("\r\n");
        Assert.Equal(string.Empty, lines[^1]);
        Assert.All(lines, line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Events_serialized_once_are_placed_exactly_where_ical_net_would_put_them()
    {
        CalendarEntry other = Conference with { Uid = "b@example.org", Name = "Other", Start = new DateOnly(2025, 1, 1), LastDay = new DateOnly(2025, 1, 1) };
        var whole = new Calendar { ProductId = CalendarWriter.ProductId, Method = "PUBLISH" };
        whole.AddProperty("X-WR-CALNAME", "Events — Test");
        whole.AddProperty("X-WR-CALDESC", "All, events; here.");
        whole.Events.Add(Calendar.Load(CalendarWriter.Write(null, null, [Conference]))!.Events.Single());
        whole.Events.Add(Calendar.Load(CalendarWriter.Write(null, null, [other]))!.Events.Single());

        string expected = new Ical.Net.Serialization.CalendarSerializer().SerializeToString(whole)!;

        Assert.Equal(expected, CalendarWriter.Write("Events — Test", "All, events; here.", [Conference, other]));
        string single = CalendarWriter.Write(null, null, [Conference]);
        Assert.StartsWith("BEGIN:VCALENDAR\r\nMETHOD:PUBLISH\r\nPRODID:", single, StringComparison.Ordinal);
        Assert.DoesNotContain("X-WR-CALNAME", single, StringComparison.Ordinal);
        Assert.EndsWith("END:VEVENT\r\nEND:VCALENDAR\r\n", single, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_entries_give_the_same_bytes_under_any_culture()
    {
        string invariant = Write(CultureInfo.InvariantCulture);

        Assert.Equal(invariant, Write(CultureInfo.GetCultureInfo("tr-TR")));
        Assert.Equal(invariant, Write(CultureInfo.GetCultureInfo("ar-SA")));
        Assert.Equal(invariant, Write(CultureInfo.GetCultureInfo("th-TH")));
    }

    private static string Write(CultureInfo culture)
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            return CalendarWriter.Write("Events — Test", "All events.", [Conference, Conference with { Uid = "b@example.org", Start = new DateOnly(2025, 12, 31), LastDay = new DateOnly(2026, 1, 2) }]);
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = saved;
        }
    }
}
