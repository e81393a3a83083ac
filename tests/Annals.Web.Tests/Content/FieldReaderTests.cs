using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;
using Annals.Web.Content;
using Xunit;
using static Annals.Web.Tests.Content.ContentTestKit;

namespace Annals.Web.Tests.Content;

/// <summary>Our own typing of YAML values: what is accepted, and the message and place of each refusal.</summary>
public sealed class FieldReaderTests
{
    private readonly DiagnosticBag _bag = new();

    private FieldReader Read(params string[] lines)
    {
        ParsedFile? file = FrontMatterParser.Parse(PostPath, Lf(["---", .. lines, "---"]), _bag);
        Assert.NotNull(file);
        return file.FrontMatter.Fields(_bag);
    }

    [Fact]
    public void A_date_in_another_format_is_an_error_at_the_value_saying_what_to_write()
    {
        FieldReader fields = Read("title: x", "summary: y", "date: 18 April 2024");

        Assert.Null(fields.RequiredDate("date"));

        Assert.Equal(
            "input/posts/2024/x.md:4:7: error AN0104: 'date' must be a date like 2024-04-18 (or 2024-04-18T09:30:00+02:00 with a time zone offset); found \"18 April 2024\"",
            Single(_bag).ToString());
    }

    [Fact]
    public void A_quoted_date_is_fine()
    {
        Assert.Equal(new DateOnly(2024, 4, 18), Read("date: \"2024-04-18\"").RequiredDate("date")!.Value.Day);
        AssertClean(_bag);
    }

    [Fact]
    public void A_missing_required_key_is_reported_at_the_opening_line_with_an_example()
    {
        Assert.Null(Read("summary: y").RequiredText("title", "My title"));

        Assert.Equal("input/posts/2024/x.md:1: error AN0111: 'title' is required; add a line like title: My title", Single(_bag).ToString());
    }

    [Theory]
    [InlineData("title:")]
    [InlineData("title: ~")]
    [InlineData("title: null")]
    [InlineData("title: \"   \"")]
    public void An_empty_required_value_is_reported_at_its_key(string line)
    {
        Assert.Null(Read("date: 2024-04-18", line).RequiredText("title", "My title"));

        AssertReported(_bag, "input/posts/2024/x.md:3:1: error AN0111");
        Assert.Contains("empty", Single(_bag).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_keeps_yaml_1_1_lookalikes_as_written_and_joins_lines()
    {
        FieldReader fields = Read("a: 2024", "b: NO", "c: yes", "d: >", "  two", "  lines", "e: \"  padded  \"");

        Assert.Equal(["2024", "NO", "yes", "two lines", "padded"], new[] { "a", "b", "c", "d", "e" }.Select(fields.Text));
        AssertClean(_bag);
    }

    [Fact]
    public void A_list_where_text_is_expected_is_an_error_at_the_list()
    {
        Assert.Null(Read("title: [a, b]").Text("title"));

        AssertReported(_bag, "input/posts/2024/x.md:2:8: error AN0104");
        Assert.Contains("found a list", Single(_bag).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_in_text_are_refused()
    {
        Assert.Null(Read("title: \"a\\x01b\"").Text("title"));

        AssertReported(_bag, "input/posts/2024/x.md:2:8: error AN0113");
        Assert.Contains("U+0001", Single(_bag).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("draft: true", true)]
    [InlineData("draft: false", false)]
    [InlineData("draft: True", true)]
    [InlineData("draft: FALSE", false)]
    public void Booleans_are_true_or_false(string line, bool expected)
    {
        Assert.Equal(expected, Read(line).Boolean("draft"));
        AssertClean(_bag);
    }

    [Theory]
    [InlineData("draft: yes", "found \"yes\"")]
    [InlineData("draft: no", "found \"no\"")]
    [InlineData("draft: on", "found \"on\"")]
    [InlineData("draft: 0", "found \"0\"")]
    [InlineData("draft: \"false\"", "without quotes")]
    [InlineData("draft: [true]", "found a list")]
    public void Other_booleans_are_refused(string line, string messagePart)
    {
        Assert.Null(Read(line).Boolean("draft"));

        AssertReported(_bag, "input/posts/2024/x.md:2:8: error AN0104");
        Assert.Contains("'draft' must be true or false", Single(_bag).Message, StringComparison.Ordinal);
        Assert.Contains(messagePart, Single(_bag).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("edition: 24", 24)]
    [InlineData("edition: 024", 24)]
    [InlineData("edition: 0010", 10)]
    public void Numbers_are_decimal_never_octal(string line, int expected)
    {
        Assert.Equal(expected, Read(line).WholeNumber("edition", 1, "24"));
        AssertClean(_bag);
    }

    [Theory]
    [InlineData("edition: 0x18", "whole number, like 24")]
    [InlineData("edition: 2.5", "whole number, like 24")]
    [InlineData("edition: \"24\"", "without quotes")]
    [InlineData("edition: 0", "at least 1")]
    [InlineData("edition: -3", "at least 1")]
    [InlineData("edition: 99999999999", "at least 1")]
    [InlineData("edition: twenty", "found \"twenty\"")]
    public void Other_numbers_are_refused(string line, string messagePart)
    {
        Assert.Null(Read(line).WholeNumber("edition", 1, "24"));

        AssertReported(_bag, "input/posts/2024/x.md:2:10: error AN0104");
        Assert.Contains(messagePart, Single(_bag).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_in_flow_and_block_style_give_entries_with_their_lines()
    {
        FieldReader fields = Read("a: [x, \"y, z\"]", "b:", "  - one", "  - two");

        ImmutableArray<TextEntry> a = fields.TextList("a", singleAllowed: false, "[x]");
        ImmutableArray<TextEntry> b = fields.TextList("b", singleAllowed: false, "[x]");

        Assert.Equal(["x", "y, z"], a.Select(e => e.Value));
        Assert.Equal(["one", "two"], b.Select(e => e.Value));
        Assert.Equal([4, 5], b.Select(e => e.Node.Line));
        AssertClean(_bag);
    }

    [Fact]
    public void A_single_value_where_a_list_is_expected_is_an_error_with_a_hint_unless_allowed()
    {
        FieldReader fields = Read("a: x", "b: y");

        Assert.Empty(fields.TextList("a", singleAllowed: false, "[x, y]"));
        Assert.Equal(["y"], fields.TextList("b", singleAllowed: true, "[x, y]").Select(e => e.Value));

        AssertReported(_bag, "input/posts/2024/x.md:2:4: error AN0104");
        Assert.Contains("'a' must be a list, like a: [x, y]", Single(_bag).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_and_nested_list_entries_are_errors_at_the_entry()
    {
        Assert.Equal(["x"], Read("a:", "  - x", "  -", "  - [y]").TextList("a", false, "[x]").Select(e => e.Value));

        AssertReported(_bag, "input/posts/2024/x.md:4:4: error AN0104", "input/posts/2024/x.md:5:5: error AN0104");
    }

    [Theory]
    [InlineData("video: https://example.org/recording")]
    [InlineData("video: /events/x/")]
    public void Links_are_kept(string line)
    {
        Assert.NotNull(Read(line).Url("video"));
        AssertClean(_bag);
    }

    [Theory]
    [InlineData("video: javascript:alert(1)")]
    [InlineData("video: \"data:text/html,x\"")]
    [InlineData("video: www.example.org")]
    [InlineData("video: //evil.example/x")]
    public void Unsafe_or_relative_links_are_errors_at_the_value(string line)
    {
        Assert.Null(Read(line).Url("video"));

        AssertReported(_bag, "input/posts/2024/x.md:2:8: error AN0112");
    }

    [Fact]
    public void Unknown_keys_are_warnings_with_a_suggestion()
    {
        FieldReader fields = Read("tittle: A", "Title: B", "image-alt: C", "“draft”: true", "colour: red");

        fields.WarnUnknownKeys(NewsItemReader.Keys, "a news item");

        AssertReported(
            _bag,
            "input/posts/2024/x.md:2:1: warning AN0108",
            "input/posts/2024/x.md:3:1: warning AN0108",
            "input/posts/2024/x.md:4:1: warning AN0108",
            "input/posts/2024/x.md:5:1: warning AN0108",
            "input/posts/2024/x.md:6:1: warning AN0108");
        ImmutableArray<Diagnostic> all = _bag.ToSortedList();
        Assert.EndsWith("did you mean 'title'?", all[0].Message, StringComparison.Ordinal);
        Assert.EndsWith("did you mean 'title'?", all[1].Message, StringComparison.Ordinal);
        Assert.EndsWith("did you mean 'image_alt'?", all[2].Message, StringComparison.Ordinal);
        Assert.EndsWith("did you mean 'draft'?", all[3].Message, StringComparison.Ordinal);
        Assert.Contains("a news item can have: title, date", all[4].Message, StringComparison.Ordinal);
    }
}
