using System.Text;
using Annals.Pipeline.Diagnostics;
using Annals.Web.Content;
using Xunit;
using static Annals.Web.Tests.Content.ContentTestKit;

namespace Annals.Web.Tests.Content;

public sealed class FrontMatterParserTests
{
    [Fact]
    public void Splits_front_matter_and_body_and_knows_the_body_line()
    {
        DiagnosticBag bag = new();
        ParsedFile? file = FrontMatterParser.Parse(PostPath, Lf("---", "title: A", "date: 2024-04-18", "---", "First line.", "", "Second."), bag);

        AssertClean(bag);
        Assert.NotNull(file);
        Assert.Equal("First line.\n\nSecond.\n", file.Body);
        Assert.Equal(5, file.BodyLine);
        Assert.Equal(2, file.FrontMatter.Lines["title"]);
        Assert.Equal(3, file.FrontMatter.Lines["date"]);
        Assert.Equal(1, file.FrontMatter.Lines["missing"]);
    }

    [Fact]
    public void Closing_line_may_be_three_dots_and_delimiters_may_have_trailing_spaces()
    {
        DiagnosticBag bag = new();
        ParsedFile? file = FrontMatterParser.Parse(PostPath, Lf("---  ", "title: A", "...", "Body"), bag);

        AssertClean(bag);
        Assert.Equal("Body\n", file!.Body);
        Assert.Equal(4, file.BodyLine);
    }

    [Fact]
    public void A_file_ending_at_the_closing_line_has_an_empty_body()
    {
        DiagnosticBag bag = new();
        ParsedFile? file = FrontMatterParser.Parse(PostPath, Encoding.UTF8.GetBytes("---\ntitle: A\n---"), bag);

        AssertClean(bag);
        Assert.Equal(string.Empty, file!.Body);
    }

    [Fact]
    public void Empty_front_matter_is_an_empty_map()
    {
        DiagnosticBag bag = new();
        ParsedFile? file = FrontMatterParser.Parse(PostPath, Lf("---", "---", "Body"), bag);

        AssertClean(bag);
        Assert.Empty(file!.FrontMatter.Root.Entries);
    }

    [Fact]
    public void Bom_crlf_and_lone_cr_give_the_same_result_as_lf()
    {
        string[] lines = ["---", "title: Genève", "date: 2024-04-18", "---", "Body", "more"];
        ParsedFile lf = FrontMatterParser.Parse(PostPath, Lf(lines), new DiagnosticBag())!;
        foreach (byte[] variant in new[] { WithBom(Lf(lines)), Crlf(lines), WithBom(Crlf(lines)), Encoding.UTF8.GetBytes(string.Join('\r', lines) + "\r") })
        {
            DiagnosticBag bag = new();
            ParsedFile? other = FrontMatterParser.Parse(PostPath, variant, bag);
            AssertClean(bag);
            Assert.Equal(lf.Body, other!.Body);
            Assert.Equal(lf.BodyLine, other.BodyLine);
            Assert.Equal(lf.FrontMatter.Lines.Lines, other.FrontMatter.Lines.Lines);
            Assert.Equal("title", other.FrontMatter.Root.Entries[0].Key.Value);
        }
    }

    [Fact]
    public void Text_is_normalized_to_nfc()
    {
        string decomposed = "Gene\u0300ve".Normalize(NormalizationForm.FormD);
        ParsedFile? file = FrontMatterParser.Parse(PostPath, Lf("---", "title: " + decomposed, "---", decomposed), new DiagnosticBag());

        var title = (ScalarNode)file!.FrontMatter.Root.Entries[0].Value;
        Assert.Equal("Genève", title.Value);
        Assert.Equal("Genève\n", file.Body);
    }

    [Fact]
    public void Invalid_utf8_is_an_error_at_the_line_of_the_first_bad_byte()
    {
        byte[] latin1 = [.. Encoding.UTF8.GetBytes("---\ntitle: A\r\nlocation: Gen"), 0xE8, .. Encoding.UTF8.GetBytes("ve\n---\n")];
        DiagnosticBag bag = new();

        Assert.Null(FrontMatterParser.Parse(PostPath, latin1, bag));

        Diagnostic error = Single(bag);
        Assert.Equal("input/posts/2024/x.md:3: error AN0101", $"{error.Location}: error {error.Code}");
        Assert.Contains("0xE8", error.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_is_refused_with_a_hint()
    {
        DiagnosticBag bag = new();
        byte[] utf16 = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("---\ntitle: A\n---\n")];

        Assert.Null(FrontMatterParser.Parse(PostPath, utf16, bag));

        Assert.Contains("UTF-16", Single(bag).Message, StringComparison.Ordinal);
        AssertReported(bag, "input/posts/2024/x.md:1: error AN0101");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("Just text\n")]
    [InlineData("\n---\ntitle: A\n---\n")]
    [InlineData("----\ntitle: A\n---\n")]
    public void A_file_not_starting_with_three_dashes_is_an_error_at_line_1(string text)
    {
        DiagnosticBag bag = new();

        Assert.Null(FrontMatterParser.Parse(PostPath, Encoding.UTF8.GetBytes(text), bag));

        AssertReported(bag, "input/posts/2024/x.md:1: error AN0102");
    }

    [Fact]
    public void A_bom_before_the_dashes_is_not_a_missing_front_matter()
    {
        DiagnosticBag bag = new();

        Assert.NotNull(FrontMatterParser.Parse(PostPath, WithBom(Lf("---", "title: A", "---")), bag));
        AssertClean(bag);
    }

    [Fact]
    public void Unterminated_front_matter_names_the_opening_line()
    {
        DiagnosticBag bag = new();

        Assert.Null(FrontMatterParser.Parse(PostPath, Lf("---", "title: A", "date: 2024-04-18", "", "The body was swallowed."), bag));

        AssertReported(bag, "input/posts/2024/x.md:1: error AN0103");
        Assert.Contains("line 1", Single(bag).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_as_front_matter_is_refused()
    {
        DiagnosticBag bag = new();

        Assert.Null(FrontMatterParser.Parse(PostPath, Lf("---", "- a", "- b", "---"), bag));

        AssertReported(bag, "input/posts/2024/x.md:2:1: error AN0109");
    }

    [Fact]
    public void Yaml_files_are_read_without_delimiters_and_report_real_lines()
    {
        DiagnosticBag bag = new();
        FrontMatter? file = YamlFileParser.Parse("input/site.yml", WithBom(Crlf("# settings", "title: A", "title: B")), bag);

        Assert.NotNull(file);
        AssertReported(bag, "input/site.yml:3:1: error AN0106");
    }

    [Fact]
    public void An_empty_yaml_file_is_an_empty_map()
    {
        DiagnosticBag bag = new();

        FrontMatter? file = YamlFileParser.Parse("input/topics.yml", Lf("# nothing yet"), bag);

        AssertClean(bag);
        Assert.Empty(file!.Root.Entries);
    }
}
