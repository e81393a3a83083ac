using Annals.Pipeline.Diagnostics;
using Annals.Web.Content;
using Xunit;
using static Annals.Web.Tests.Content.ContentTestKit;

namespace Annals.Web.Tests.Content;

/// <summary>The news-item fields with rules of their own: slug, topics, aliases, type, image, delegation, event.</summary>
public sealed class NewsItemFieldsTests
{
    private readonly DiagnosticBag _bag = new();

    private NewsItem? Read(byte[] bytes) => NewsItemReader.Read(PostPath, bytes, _bag);

    [Theory]
    [InlineData("image: https://example.org/x.jpg")]
    [InlineData("image: ../../secret.jpg")]
    public void Image_outside_the_site_is_an_error(string line)
    {
        Read(Post(line, "image_alt: A photo"));

        AssertReported(_bag, "input/posts/2024/x.md:4:8: error AN0206");
    }

    [Theory]
    [InlineData("slug: ../x")]
    [InlineData("slug: a/b")]
    [InlineData("slug: \"my slug\"")]
    [InlineData("slug: Capital-Letters")]
    [InlineData("slug: genève")]
    [InlineData("slug: con")]
    public void A_written_slug_must_be_slug_shaped(string line)
    {
        Assert.Null(Read(Lf("---", "title: A", "date: 2024-04-18", "draft: false", line, "---")));

        Diagnostic error = Single(_bag);
        Assert.Equal(new SourceLocation(PostPath, 5, 7), error.Location);
        Assert.Equal(ContentCodes.InvalidSlug, error.Code);
        Assert.Contains("like ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overlong_written_slug_is_refused()
    {
        Assert.Null(Read(Post("slug: " + new string('a', 81))));

        AssertReported(_bag, "input/posts/2024/x.md:4:7: error AN0201");
    }

    [Fact]
    public void A_non_latin_title_still_gets_a_slug()
    {
        Assert.Equal("/news/2024/privet-mir/", Read(Lf("---", "title: Привет мир", "date: 2024-04-18", "---"))!.Url);
        Assert.Matches("^/news/2024/item-[0-9a-f]{8}/$", Read(Lf("---", "title: 🎉", "date: 2024-04-18", "---"))!.Url);
    }

    [Fact]
    public void Topics_are_deduplicated_by_slug_keeping_the_first_spelling()
    {
        NewsItem? item = Read(Post("topics: [OSCE, osce, Sécurité, securite, Droits de l'homme, Droits de l’homme]"));

        Assert.Equal(
            [new TopicRef("osce", "OSCE"), new TopicRef("securite", "Sécurité"), new TopicRef("droits-de-l-homme", "Droits de l'homme")],
            item!.Topics);
    }

    [Fact]
    public void A_single_topic_may_be_written_without_brackets()
    {
        NewsItem? item = Read(Post("topics: Human trafficking"));

        AssertClean(_bag);
        Assert.Equal([new TopicRef("human-trafficking", "Human trafficking")], item!.Topics);
    }

    [Fact]
    public void A_single_topic_text_with_commas_gets_a_warning()
    {
        Read(Post("topics: Human trafficking, OSCE"));

        AssertReported(_bag, "input/posts/2024/x.md:4:1: warning AN0207");
    }

    [Fact]
    public void Aliases_may_be_one_path_and_bad_entries_are_reported_at_their_own_line()
    {
        NewsItem? item = Read(Post("aliases:", "  - /old/a.html", "  - old/b.html", "  - /old/c d.html", "  - /old/a.html"));

        Assert.Equal(["/old/a.html"], item!.Aliases);
        AssertReported(_bag, "input/posts/2024/x.md:6:5: error AN0204", "input/posts/2024/x.md:7:5: error AN0204");
        Assert.Equal(6, item.Lines.Of("aliases", 1));
        Assert.Equal(["/x.html"], Read(Post("aliases: /x.html"))!.Aliases);
    }

    [Theory]
    [InlineData("type: statement", ItemType.Statement)]
    [InlineData("type: Announcement", ItemType.Announcement)]
    [InlineData("type: news", ItemType.News)]
    public void Type_is_one_of_four_words(string line, ItemType expected)
    {
        Assert.Equal(expected, Read(Post(line))!.Type);
        AssertClean(_bag);
    }

    [Fact]
    public void An_unknown_type_lists_the_choices()
    {
        Read(Post("type: press release"));

        AssertReported(_bag, "input/posts/2024/x.md:4:7: error AN0104");
        Assert.Contains("report, statement, announcement, news", Single(_bag).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Delegation_written_as_one_text_is_an_error_with_an_example()
    {
        Read(Post("delegation: Michel Veuthey"));

        AssertReported(_bag, "input/posts/2024/x.md:4:13: error AN0104");
        Assert.Contains("- name: Michel Veuthey", Single(_bag).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Delegation_entries_may_be_names_and_need_a_name()
    {
        NewsItem? item = Read(Post("delegation:", "  - Michel Veuthey", "  - role: Advisor", "  - name: A", "    rank: x"));

        Assert.Equal([new DelegationMember("Michel Veuthey", null), new DelegationMember("A", null)], item!.Delegation);
        AssertReported(_bag, "input/posts/2024/x.md:6:5: error AN0111", "input/posts/2024/x.md:8:5: warning AN0108");
    }

    [Fact]
    public void An_event_id_must_be_slug_shaped()
    {
        NewsItem? item = Read(Post("event: OSCE Alliance 2024"));

        Assert.Null(item!.EventId);
        AssertReported(_bag, "input/posts/2024/x.md:4:8: error AN0205");
        Assert.Contains("osce-alliance-2024", Single(_bag).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_events_is_refused()
    {
        Read(Post("event: [a, b]"));

        AssertReported(_bag, "input/posts/2024/x.md:4:8: error AN0205");
    }

    [Fact]
    public void An_inline_event_is_read_with_its_id_and_lines()
    {
        NewsItem? item = Read(Post(
            "event:",
            "  id: osce-alliance-2024",
            "  name: 24th Conference of the Alliance against Trafficking in Persons",
            "  organizer: OSCE",
            "  start: 2024-04-15",
            "  end: 2024-04-16",
            "  location: Hofburg, Vienna, Austria"));

        AssertClean(_bag);
        Assert.Equal("osce-alliance-2024", item!.EventId);
        EventInfo inline = item.InlineEvent!;
        Assert.Equal("osce-alliance-2024", inline.Id);
        Assert.Equal(PostPath, inline.SourcePath);
        Assert.Equal(new DateOnly(2024, 4, 15), inline.Start);
        Assert.Equal(new DateOnly(2024, 4, 16), inline.End);
        Assert.Equal("Hofburg, Vienna, Austria", inline.Location);
        Assert.Equal("/events/osce-alliance-2024/", inline.Url);
        Assert.Equal(8, inline.Lines["start"]);
        Assert.Equal(4, inline.Lines["website"]);
    }

    [Fact]
    public void An_inline_event_without_id_is_an_error_at_the_event_key()
    {
        NewsItem? item = Read(Post("event:", "  name: X", "  organizer: OSCE", "  start: 2024-04-15"));

        Assert.Null(item!.EventId);
        Assert.Null(item.InlineEvent);
        AssertReported(_bag, "input/posts/2024/x.md:4:1: error AN0111");
        Assert.Contains("'id'", Single(_bag).Message, StringComparison.Ordinal);
    }
}
