using System.Text.Json;
using Annals.Pipeline.Diagnostics;
using Annals.Web.Content;
using Xunit;
using static Annals.Web.Tests.Content.ContentTestKit;

namespace Annals.Web.Tests.Content;

public sealed class NewsItemReaderTests
{
    private static readonly string[] ContractExample =
    [
        "---",
        "title: Report on the 24th OSCE Conference of the Alliance against Trafficking in Persons",
        "date: 2024-04-18                    # required",
        "summary: The Order's delegation at the Alliance conference in Vienna.",
        "topics: [Human trafficking, OSCE]",
        "event: osce-alliance-2024",
        "delegation:",
        "  - name: Michel Veuthey",
        "    role: Ambassador to monitor and combat trafficking in persons, Head of Delegation",
        "  - name: Emanuele G. A. Piluso",
        "    role: Advisor to the Ambassador",
        "image: assets/2024/hofburg.jpg",
        "image_alt: The Hofburg conference centre in Vienna",
        "image_caption: The Hofburg, where the conference met",
        "image_credit: OSCE",
        "type: report",
        "location: Vienna, Austria",
        "video: https://example.org/recording",
        "slug: osce-alliance-2024-report",
        "aliases: [/news/old-url.html]",
        "draft: false",
        "---",
        "Markdown body...",
    ];

    private readonly DiagnosticBag _bag = new();

    private NewsItem? Read(byte[] bytes) => NewsItemReader.Read(PostPath, bytes, _bag);

    [Fact]
    public void An_items_url_follows_its_slug_and_year_in_copies()
    {
        NewsItem item = Read(Lf(ContractExample))!;
        Assert.Equal("/news/2024/osce-alliance-2024-report/", item.Url);

        NewsItem renamed = item with { Slug = "renamed" };
        NewsItem moved = item with { Date = new ContentDate(new DateOnly(2023, 4, 18), null, "2023-04-18") };

        Assert.Equal("/news/2024/renamed/", renamed.Url);
        Assert.Equal("/news/2023/osce-alliance-2024-report/", moved.Url);

        // Read again after its copies made theirs: the original keeps its own.
        Assert.Equal("/news/2024/osce-alliance-2024-report/", item.Url);
    }

    [Fact]
    public void Reads_the_content_model_example()
    {
        NewsItem? item = Read(Lf(ContractExample));

        AssertClean(_bag);
        Assert.NotNull(item);
        Assert.Equal("Report on the 24th OSCE Conference of the Alliance against Trafficking in Persons", item.Title);
        Assert.Equal(new DateOnly(2024, 4, 18), item.Date.Day);
        Assert.Equal("The Order's delegation at the Alliance conference in Vienna.", item.Summary);
        Assert.Equal([new TopicRef("human-trafficking", "Human trafficking"), new TopicRef("osce", "OSCE")], item.Topics);
        Assert.Equal("osce-alliance-2024", item.EventId);
        Assert.Null(item.InlineEvent);
        Assert.Equal(
            [new DelegationMember("Michel Veuthey", "Ambassador to monitor and combat trafficking in persons, Head of Delegation"), new DelegationMember("Emanuele G. A. Piluso", "Advisor to the Ambassador")],
            item.Delegation);
        Assert.Equal("assets/2024/hofburg.jpg", item.Image);
        Assert.Equal("The Hofburg conference centre in Vienna", item.ImageAlt);
        Assert.Equal("The Hofburg, where the conference met", item.ImageCaption);
        Assert.Equal("OSCE", item.ImageCredit);
        Assert.Equal(ItemType.Report, item.Type);
        Assert.Equal("Vienna, Austria", item.Location);
        Assert.Equal("https://example.org/recording", item.Video);
        Assert.Equal("osce-alliance-2024-report", item.Slug);
        Assert.Equal(["/news/old-url.html"], item.Aliases);
        Assert.False(item.Draft);
        Assert.Equal("Markdown body...\n", item.Body);
        Assert.Equal(23, item.BodyLine);
        Assert.Equal(2024, item.Year);
        Assert.Equal("/news/2024/osce-alliance-2024-report/", item.Url);
        Assert.Equal(6, item.Lines["event"]);
        Assert.Equal(20, item.Lines["aliases"]);
        Assert.Equal(20, item.Lines.Of("aliases", 0));
        Assert.Equal(new SourceLocation(PostPath, 6), item.LocationOf("event"));
    }

    [Fact]
    public void Bom_and_crlf_give_the_same_model_as_lf()
    {
        string lf = JsonSerializer.Serialize(Read(Lf(ContractExample)));

        Assert.Equal(lf, JsonSerializer.Serialize(Read(Crlf(ContractExample))));
        Assert.Equal(lf, JsonSerializer.Serialize(Read(WithBom(Crlf(ContractExample)))));
        Assert.Equal(lf, JsonSerializer.Serialize(Read(WithBom(Lf(ContractExample)))));
        AssertClean(_bag);
    }

    [Fact]
    public void Defaults_apply_to_a_minimal_item()
    {
        NewsItem? item = Read(Post());

        AssertClean(_bag);
        Assert.Equal("report-on-the-conference", item!.Slug);
        Assert.Equal(ItemType.Report, item.Type);
        Assert.False(item.Draft);
        Assert.Empty(item.Topics);
        Assert.Empty(item.Aliases);
        Assert.Empty(item.Delegation);
        Assert.Null(item.EventId);
        Assert.Equal("/news/2024/report-on-the-conference/", item.Url);
    }

    [Fact]
    public void The_day_as_written_decides_the_year_and_url()
    {
        NewsItem? item = Read(Lf("---", "title: New Year", "date: 2024-12-31T23:30:00-05:00", "---"));

        Assert.Equal(2024, item!.Year);
        Assert.Equal("/news/2024/new-year/", item.Url);
        Assert.Equal(new DateTimeOffset(2024, 12, 31, 23, 30, 0, TimeSpan.FromHours(-5)), item.Date.Instant);
    }

    [Fact]
    public void Missing_title_and_date_are_both_reported_and_the_item_is_unusable()
    {
        Assert.Null(Read(Lf("---", "summary: x", "---")));

        AssertReported(_bag, "input/posts/2024/x.md:1: error AN0111", "input/posts/2024/x.md:1: error AN0111");
    }

    [Fact]
    public void Every_problem_of_the_file_is_reported_at_once()
    {
        NewsItem? item = Read(Lf(
            "---",
            "tittle: Report",
            "date: 18/04/2024",
            "image: assets/x.jpg",
            "draft: yes",
            "video: javascript:alert(1)",
            "aliases: [https://old.example/x]",
            "slug: ../x",
            "---"));

        Assert.Null(item);
        AssertReported(
            _bag,
            "input/posts/2024/x.md:1: error AN0111",
            "input/posts/2024/x.md:2:1: warning AN0108",
            "input/posts/2024/x.md:3:7: error AN0104",
            "input/posts/2024/x.md:4:1: error AN0202",
            "input/posts/2024/x.md:5:8: error AN0104",
            "input/posts/2024/x.md:6:8: error AN0112",
            "input/posts/2024/x.md:7:11: error AN0204",
            "input/posts/2024/x.md:8:7: error AN0201");
    }

    [Theory]
    [InlineData("image_credit: OSCE")]
    [InlineData("image_alt:")]
    [InlineData("image_alt: \"  \"")]
    public void Image_without_alt_is_an_error_at_the_image_line(string otherLine)
    {
        NewsItem? item = Read(Post("image: assets/2024/hofburg.jpg", otherLine));

        AssertReported(_bag, "input/posts/2024/x.md:4:1: error AN0202");
        Assert.Contains("image_alt", Single(_bag).Message, StringComparison.Ordinal);
        Assert.NotNull(item);
    }

    [Fact]
    public void Very_long_title_is_a_warning()
    {
        NewsItem? item = Read(Lf("---", "date: 2024-04-18", "title: " + new string('a', 151), "---"));

        AssertReported(_bag, "input/posts/2024/x.md:3:1: warning AN0203");
        Assert.NotNull(item);
    }

    [Fact]
    public void Draft_yes_is_refused_and_draft_true_is_read()
    {
        Assert.True(Read(Post("draft: true"))!.Draft);
        AssertClean(_bag);

        Read(Post("draft: yes"));
        AssertReported(_bag, "input/posts/2024/x.md:4:8: error AN0104");
    }
}
