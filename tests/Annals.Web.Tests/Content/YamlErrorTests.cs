using Annals.Pipeline.Diagnostics;
using Annals.Web.Content;
using Xunit;
using static Annals.Web.Tests.Content.ContentTestKit;

namespace Annals.Web.Tests.Content;

/// <summary>YAML mistakes are reported at the real line of the file, with a hint in plain words.</summary>
public sealed class YamlErrorTests
{
    private static (ParsedFile? File, DiagnosticBag Bag) Parse(params string[] lines)
    {
        DiagnosticBag bag = new();
        return (FrontMatterParser.Parse(PostPath, Lf(lines), bag), bag);
    }

    [Fact]
    public void Tab_indentation_is_reported_at_the_tab_line()
    {
        (ParsedFile? file, DiagnosticBag bag) = Parse("---", "title: A", "date: 2024-04-18", "topics:", "\t- OSCE", "---");

        Assert.Null(file);
        AssertReported(bag, "input/posts/2024/x.md:5:1: error AN0105");
        Assert.Contains("tab", Single(bag).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tab_indenting_a_key_is_reported_at_its_line_not_the_line_before()
    {
        (_, DiagnosticBag bag) = Parse("---", "title: A", "date: 2024-04-18", "\tsummary: x", "---");

        AssertReported(bag, "input/posts/2024/x.md:4:1: error AN0105");
    }

    [Fact]
    public void Tab_inside_a_list_entry_is_found_too()
    {
        (_, DiagnosticBag bag) = Parse("---", "title: A", "delegation:", "  - name: A", "\t  role: B", "---");

        AssertReported(bag, "input/posts/2024/x.md:5:1: error AN0105");
    }

    [Fact]
    public void A_tab_after_a_list_dash_is_only_spacing_and_is_fine()
    {
        (ParsedFile? file, DiagnosticBag bag) = Parse("---", "topics:", "  -\tOSCE", "---");

        AssertClean(bag);
        Assert.NotNull(file);
    }

    [Fact]
    public void Unclosed_double_quote_is_reported_where_it_opens()
    {
        (ParsedFile? file, DiagnosticBag bag) = Parse("---", "date: 2024-04-18", "title: \"Report on the conference", "summary: x", "---");

        Assert.Null(file);
        AssertReported(bag, "input/posts/2024/x.md:3:8: error AN0105");
        Assert.Contains("quotation mark", Single(bag).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_quote_on_the_last_line_is_reported_on_that_line()
    {
        (_, DiagnosticBag bag) = Parse("---", "date: 2024-04-18", "title: 'Report", "---");

        AssertReported(bag, "input/posts/2024/x.md:3:8: error AN0105");
    }

    [Fact]
    public void Unclosed_bracket_followed_by_another_key_is_reported_at_the_bracket()
    {
        // YamlDotNet throws a bare InvalidOperationException here, without any line.
        (ParsedFile? file, DiagnosticBag bag) = Parse("---", "title: A", "topics: [OSCE, Human trafficking", "date: 2024-04-18", "---");

        Assert.Null(file);
        AssertReported(bag, "input/posts/2024/x.md:3:9: error AN0105");
        Assert.Contains("']'", Single(bag).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_bracket_on_the_last_line_is_reported_at_the_bracket_not_the_line_after()
    {
        (_, DiagnosticBag bag) = Parse("---", "title: A", "date: 2024-04-18", "topics: [OSCE, Droits de l'homme", "---");

        AssertReported(bag, "input/posts/2024/x.md:4:9: error AN0105");
    }

    [Fact]
    public void Unclosed_brace_is_reported_at_the_brace()
    {
        (_, DiagnosticBag bag) = Parse("---", "title: A", "event: {id: x, name: y", "---");

        AssertReported(bag, "input/posts/2024/x.md:3:8: error AN0105");
        Assert.Contains("'}'", Single(bag).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Colon_space_inside_a_value_asks_for_quotes()
    {
        (_, DiagnosticBag bag) = Parse("---", "date: 2024-04-18", "title: Report: OSCE Conference", "---");

        AssertReported(bag, "input/posts/2024/x.md:3:14: error AN0105");
        Assert.Contains("quotes", Single(bag).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Over_indented_line_says_so()
    {
        (_, DiagnosticBag bag) = Parse("---", "title: A", "  date: 2024-04-18", "---");

        Assert.Equal(3, Single(bag).Location!.Value.Line);
        Assert.Contains("indented", Single(bag).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: @OSCE statement", '@')]
    [InlineData("title: `code`", '`')]
    public void Reserved_first_characters_ask_for_quotes(string line, char first)
    {
        (_, DiagnosticBag bag) = Parse("---", "date: 2024-04-18", line, "---");

        AssertReported(bag, "input/posts/2024/x.md:3:8: error AN0105");
        Assert.Contains($"'{first}'", Single(bag).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_after_a_closing_quote_explains_apostrophes_in_quotes()
    {
        (_, DiagnosticBag bag) = Parse("---", "date: 2024-04-18", "title: 'Droits de l'homme'", "---");

        AssertReported(bag, "input/posts/2024/x.md:3:21: error AN0105");
        Assert.Contains("write '' for an apostrophe", Single(bag).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extra_closing_bracket_is_pointed_at()
    {
        (_, DiagnosticBag bag) = Parse("---", "title: A", "topics: [OSCE]]", "---");

        AssertReported(bag, "input/posts/2024/x.md:3:15: error AN0105");
        Assert.Contains("']' too many", Single(bag).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_alias_is_the_only_message_and_the_text_is_kept()
    {
        DiagnosticBag bag = new();
        NewsItem? item = NewsItemReader.Read(PostPath, Lf("---", "title: *OSCE", "date: 2024-04-18", "---"), bag);

        AssertReported(bag, "input/posts/2024/x.md:2:8: error AN0107");
        Assert.Equal("*OSCE", item!.Title);
    }

    [Fact]
    public void Duplicate_keys_are_errors_at_the_second_occurrence_and_other_problems_are_still_reported()
    {
        DiagnosticBag bag = new();
        NewsItem? item = NewsItemReader.Read(PostPath, Lf("---", "title: A", "date: 2024-04-18", "title: B", "draft: yes", "---"), bag);

        AssertReported(bag, "input/posts/2024/x.md:4:1: error AN0106", "input/posts/2024/x.md:5:8: error AN0104");
        Assert.Contains("first on line 2", bag.ToSortedList()[0].Message, StringComparison.Ordinal);
        Assert.Equal("A", item!.Title);
    }

    [Fact]
    public void Duplicate_keys_inside_a_nested_map_are_found()
    {
        (_, DiagnosticBag bag) = Parse("---", "event:", "  id: a", "  name: x", "  id: b", "---");

        AssertReported(bag, "input/posts/2024/x.md:5:3: error AN0106");
    }

    [Fact]
    public void Aliases_anchors_and_tags_are_refused_at_their_place()
    {
        (_, DiagnosticBag bag) = Parse("---", "title: *OSCE", "summary: &s text", "location: !place Vienna", "---");

        AssertReported(
            bag,
            "input/posts/2024/x.md:2:8: error AN0107",
            "input/posts/2024/x.md:3:10: error AN0107",
            "input/posts/2024/x.md:4:11: error AN0107");
        Assert.Contains("quotes", bag.ToSortedList()[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_document_is_refused_in_a_yaml_file()
    {
        DiagnosticBag bag = new();

        YamlFileParser.Parse("input/site.yml", Lf("title: A", "---", "title: B"), bag);

        AssertReported(bag, "input/site.yml:2:1: error AN0105");
    }

    [Fact]
    public void Deep_nesting_is_refused()
    {
        (ParsedFile? file, DiagnosticBag bag) = Parse("---", "topics: [[[[[[[[[[[[[[x]]]]]]]]]]]]]]", "---");

        Assert.Null(file);
        AssertReported(bag, "input/posts/2024/x.md:2:19: error AN0110");
    }

    [Fact]
    public void Huge_front_matter_is_refused()
    {
        (ParsedFile? file, DiagnosticBag bag) = Parse("---", "summary: " + new string('x', 70_000), "---");

        Assert.Null(file);
        AssertReported(bag, "input/posts/2024/x.md:2: error AN0110");
    }

    [Fact]
    public void Non_scalar_keys_are_refused()
    {
        (_, DiagnosticBag bag) = Parse("---", "? [a]", ": 1", "title: A", "---");

        AssertReported(bag, "input/posts/2024/x.md:2:3: error AN0105");
    }
}
