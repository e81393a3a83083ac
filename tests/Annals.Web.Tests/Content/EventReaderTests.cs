using Annals.Pipeline.Diagnostics;
using Annals.Web.Content;
using Xunit;
using static Annals.Web.Tests.Content.ContentTestKit;

namespace Annals.Web.Tests.Content;

public sealed class EventReaderTests
{
    private const string EventPath = "input/events/osce-alliance-2024.md";

    private readonly DiagnosticBag _bag = new();

    private EventInfo? Read(params string[] frontMatter) =>
        EventReader.Read("osce-alliance-2024", EventPath, Lf(["---", .. frontMatter, "---", "Programme."]), _bag);

    [Fact]
    public void Reads_the_content_model_example()
    {
        EventInfo? info = Read(
            "name: 24th Conference of the Alliance against Trafficking in Persons   # required",
            "organizer: OSCE",
            "start: 2024-04-15",
            "end: 2024-04-16",
            "location: Hofburg, Vienna, Austria",
            "series: osce-alliance",
            "edition: 24",
            "theme: \"Beyond Awareness-Raising: Reshaping Human Trafficking Prevention\"",
            "website: https://www.osce.org/",
            "recording: https://example.org/rec",
            "topics: [Human trafficking]");

        AssertClean(_bag);
        Assert.NotNull(info);
        Assert.Equal("osce-alliance-2024", info.Id);
        Assert.Equal(EventPath, info.SourcePath);
        Assert.Equal("24th Conference of the Alliance against Trafficking in Persons", info.Name);
        Assert.Equal("OSCE", info.Organizer);
        Assert.Equal(new DateOnly(2024, 4, 15), info.Start);
        Assert.Equal(new DateOnly(2024, 4, 16), info.End);
        Assert.Equal("Hofburg, Vienna, Austria", info.Location);
        Assert.Equal("osce-alliance", info.Series);
        Assert.Equal(24, info.Edition);
        Assert.Equal("Beyond Awareness-Raising: Reshaping Human Trafficking Prevention", info.Theme);
        Assert.Equal("https://www.osce.org/", info.Website);
        Assert.Equal("https://example.org/rec", info.Recording);
        Assert.Equal([new TopicRef("human-trafficking", "Human trafficking")], info.Topics);
        Assert.Equal("Programme.\n", info.Body);
        Assert.Equal(14, info.BodyLine);
        Assert.Equal("/events/osce-alliance-2024/", info.Url);
        Assert.Equal(7, info.Lines["series"]);
    }

    [Fact]
    public void Edition_024_is_24()
    {
        Assert.Equal(24, Read("name: X", "organizer: OSCE", "start: 2024-04-15", "edition: 024")!.Edition);
        AssertClean(_bag);
    }

    [Fact]
    public void End_before_start_is_an_error_at_end_and_the_event_is_kept()
    {
        EventInfo? info = Read("name: X", "organizer: OSCE", "start: 2024-04-15", "end: 2024-04-14");

        AssertReported(_bag, "input/events/osce-alliance-2024.md:5:6: error AN0304");
        Assert.Contains("before 'start' (2024-04-15)", Single(_bag).Message, StringComparison.Ordinal);
        Assert.Null(info!.End);
    }

    [Fact]
    public void A_one_day_event_may_end_on_its_start()
    {
        Assert.Equal(new DateOnly(2024, 4, 15), Read("name: X", "organizer: OSCE", "start: 2024-04-15", "end: 2024-04-15")!.End);
        AssertClean(_bag);
    }

    [Fact]
    public void Name_organizer_and_start_are_required_and_all_reported()
    {
        Assert.Null(Read("location: Vienna", "website: javascript:x"));

        AssertReported(
            _bag,
            "input/events/osce-alliance-2024.md:1: error AN0111",
            "input/events/osce-alliance-2024.md:1: error AN0111",
            "input/events/osce-alliance-2024.md:1: error AN0111",
            "input/events/osce-alliance-2024.md:3:10: error AN0112");
    }

    [Fact]
    public void A_series_must_be_slug_shaped()
    {
        EventInfo? info = Read("name: X", "organizer: OSCE", "start: 2024-04-15", "series: OSCE Alliance");

        AssertReported(_bag, "input/events/osce-alliance-2024.md:5:9: error AN0305");
        Assert.Contains("osce-alliance", Single(_bag).Message, StringComparison.Ordinal);
        Assert.Null(info!.Series);
    }

    [Theory]
    [InlineData("OSCE-Alliance-2024")]
    [InlineData("osce alliance")]
    [InlineData("..")]
    public void A_file_name_that_is_not_an_id_is_an_error_naming_the_file(string id)
    {
        EventInfo? info = EventReader.Read(id, $"input/events/{id}.md", Lf("---", "name: X", "organizer: OSCE", "start: 2024-04-15", "---"), _bag);

        Assert.Null(info);
        Diagnostic error = Single(_bag);
        Assert.Equal(ContentCodes.InvalidEventId, error.Code);
        Assert.Equal(new SourceLocation($"input/events/{id}.md"), error.Location);
    }

    [Fact]
    public void An_unknown_key_suggests_the_right_one()
    {
        Read("name: X", "organiser: OSCE", "start: 2024-04-15");

        Assert.Contains(_bag.ToSortedList(), d => d.Code == ContentCodes.UnknownKey && d.Message.EndsWith("did you mean 'organizer'?", StringComparison.Ordinal));
    }

    [Fact]
    public void An_inline_event_id_must_be_slug_shaped()
    {
        NewsItem? item = NewsItemReader.Read(PostPath, Post("event:", "  id: OSCE 2024", "  name: X", "  organizer: OSCE", "  start: 2024-04-15"), _bag);

        Assert.Null(item!.InlineEvent);
        AssertReported(_bag, "input/posts/2024/x.md:5:7: error AN0303");
    }

    [Fact]
    public void An_inline_event_reports_its_own_problems_at_their_lines()
    {
        NewsItemReader.Read(PostPath, Post("event:", "  id: x", "  organizer: OSCE", "  start: 15 April", "  website: ftp://x"), _bag);

        AssertReported(
            _bag,
            "input/posts/2024/x.md:4:1: error AN0111",
            "input/posts/2024/x.md:7:10: error AN0104",
            "input/posts/2024/x.md:8:12: error AN0112");
    }
}
