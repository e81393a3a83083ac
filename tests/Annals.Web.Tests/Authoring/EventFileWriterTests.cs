using Annals.Web.Authoring;
using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Authoring;

public sealed class EventFileWriterTests
{
    private static AuthoringResult Write(TestSite site, NewEvent newEvent) =>
        EventFileWriter.Write(Path.Combine(site.Root, "input"), newEvent, SiteCatalog.Read(Path.Combine(site.Root, "input")));

    [Fact]
    public async Task A_new_event_builds_its_page()
    {
        using var site = new TestSite();

        AuthoringResult result = Write(site, new NewEvent("osce-alliance-2025", "25th Conference: Beyond Awareness", new DateOnly(2025, 4, 15), new DateOnly(2025, 4, 16), "OSCE", "Hofburg, Vienna", "osce-alliance", 25));

        Assert.True(result.Written, result.Problem);
        Assert.Equal("/events/osce-alliance-2025/", result.Url);
        var report = await site.BuildAsync();
        Assert.True(report.Succeeded, string.Join('\n', site.Messages));
        Assert.Empty(site.Messages);
        Assert.Equal("25th Conference: Beyond Awareness", site.Html("events/osce-alliance-2025/index.html").QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void An_edition_takes_the_organizer_of_the_latest_edition_of_its_series()
    {
        using var site = new TestSite();
        site.Add("input/events/osce-alliance-2024.md", "---\nname: 24th\norganizer: OSCE\nstart: 2024-04-15\nseries: osce-alliance\n---\n");

        AuthoringResult result = Write(site, new NewEvent("osce-alliance-2025", "25th", new DateOnly(2025, 4, 15), Series: "osce-alliance"));

        Assert.True(result.Written, result.Problem);
        Assert.Contains("organizer: OSCE\n", File.ReadAllText(result.FilePath!), StringComparison.Ordinal);
        Assert.Contains(result.Notes, n => n.Contains("osce-alliance-2024", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Bad Id", "25th", "OSCE", null, "cannot be used")]
    [InlineData("good-id", " ", "OSCE", null, "--name")]
    [InlineData("good-id", "25th", null, null, "--organizer")]
    [InlineData("good-id", "25th", "OSCE", "2025-04-14", "before --start")]
    public void Bad_values_are_refused_and_nothing_is_written(string id, string name, string? organizer, string? end, string expected)
    {
        using var site = new TestSite();

        AuthoringResult result = Write(site, new NewEvent(id, name, new DateOnly(2025, 4, 15), end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), organizer));

        Assert.False(result.Written);
        Assert.Contains(expected, result.Problem, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "input", "events")));
    }

    [Fact]
    public void An_existing_event_is_never_overwritten()
    {
        using var site = new TestSite();
        site.Add("input/events/osce-alliance-2025.md", "mine");

        Assert.False(Write(site, new NewEvent("osce-alliance-2025", "25th", new DateOnly(2025, 4, 15), Organizer: "OSCE")).Written);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(site.Root, "input/events/osce-alliance-2025.md")));
    }
}
