using System.Text;
using Annals.Web.Building;
using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Hardening;

/// <summary>UTF-8 with a BOM, CRLF or lone CR build exactly the site LF builds; other encodings are clear errors.</summary>
public sealed class EncodingTests
{
    private const string Post =
        "---\ntitle: \"Réunion à Genève: « droits »\"\ndate: 2024-04-18\ntopics: [Sécurité, OSCE]\nsummary: >\n  Folded\n  summary\n---\n" +
        "First paragraph with *emphasis*.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode\n  indented\n```\n";

    private const string Event = "---\nname: Forum\norganizer: OSCE\nstart: 2024-04-17\n---\nLine one\nline two.\n";

    private const string Settings = "title: Test Archive\nbase_url: https://example.org\nlanguage: en\nposts_per_page: 2\n";

    [Theory]
    [InlineData("bom")]
    [InlineData("crlf")]
    [InlineData("bom+crlf")]
    [InlineData("cr")]
    public async Task Bom_and_other_line_endings_build_the_same_site_as_lf(string variant)
    {
        using TestSite lf = await BuildAsync(s => s);
        using TestSite other = await BuildAsync(s =>
        {
            string text = variant.Contains("crlf", StringComparison.Ordinal) ? s.Replace("\n", "\r\n", StringComparison.Ordinal)
                : variant == "cr" ? s.Replace('\n', '\r') : s;
            return variant.StartsWith("bom", StringComparison.Ordinal) ? "\uFEFF" + text : text;
        });

        OutputTree.AssertIdentical(OutputTree.Read(lf.Output), OutputTree.Read(other.Output), variant + " against LF");
    }

    [Fact]
    public async Task Decomposed_unicode_builds_the_same_site_as_composed()
    {
        using TestSite composed = await BuildAsync(s => s);
        using TestSite decomposed = await BuildAsync(s => s.Normalize(NormalizationForm.FormD));

        OutputTree.AssertIdentical(OutputTree.Read(composed.Output), OutputTree.Read(decomposed.Output), "NFD against NFC");
    }

    [Fact]
    public async Task Latin1_post_is_a_clear_error_at_the_line_of_the_bad_byte()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.AddBytes("input/posts/latin1.md", Encoding.Latin1.GetBytes("---\ntitle: Geneva\ndate: 2024-04-18\n---\nRéunion à Genève.\n"));

        string error = await site.AssertRejectedAtAsync("input/posts/latin1.md:5", "AN0101");
        Assert.Contains("UTF-8", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Latin1_in_front_matter_is_reported_at_its_line()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.AddBytes("input/posts/latin1.md", Encoding.Latin1.GetBytes("---\ndate: 2024-04-18\ntitle: Genève\n---\nBody.\n"));

        await site.AssertRejectedAtAsync("input/posts/latin1.md:3", "AN0101");
    }

    [Fact]
    public async Task Utf16_event_file_is_a_clear_error()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.AddBytes("input/events/utf16.md", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Event)]);

        string error = await site.AssertRejectedAtAsync("input/events/utf16.md:1", "AN0101");
        Assert.Contains("UTF-16", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Latin1_site_yml_is_a_clear_error()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.AddBytes("input/site.yml", Encoding.Latin1.GetBytes("title: Archives de l'Ordre\nbase_url: https://example.org\norganization: Société\n"));

        await site.AssertRejectedAtAsync("input/site.yml:3", "AN0101");
    }

    [Theory]
    [InlineData("\u000B", 5, 6)]
    [InlineData("\u0000", 5, 6)]
    [InlineData("\u001B", 5, 6)]
    [InlineData("\uFFFE", 5, 6)]
    public async Task Invisible_control_character_in_a_body_is_reported_at_its_line_and_column(string character, int line, int column)
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Add("input/posts/pasted.md", $"---\ntitle: Pasted\ndate: 2024-04-18\n---\nText {character}from Word.\n");

        string error = await site.AssertRejectedAtAsync($"input/posts/pasted.md:{line}:{column}", "AN0113");
        Assert.Contains("U+", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("&#14;")]
    [InlineData("&#x1B;")]
    [InlineData("&#0;")]
    [InlineData("&#xFFFE;")]
    [InlineData("&#xD800;")]
    [InlineData("&#x110000;")]
    public async Task Control_characters_written_as_entities_do_not_break_pages_or_feeds(string entity)
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Site.AddPost("input/posts/entity.md", "Entity", "2024-04-18", "topics: [OSCE]\n", $"A {entity} B, and a title-like `{entity}`.");

        await site.AssertBuiltAsync();
        Assert.Empty(OutputScanner.Problems(site.Site.Output, []));
    }

    private static async Task<TestSite> BuildAsync(Func<string, string> encode)
    {
        var site = new TestSite(withDefaultSettings: false);
        site.AddBytes("input/site.yml", Encoding.UTF8.GetBytes(encode(Settings)));
        site.AddBytes("input/posts/2024/a.md", Encoding.UTF8.GetBytes(encode(Post)));
        site.AddBytes("input/events/forum.md", Encoding.UTF8.GetBytes(encode(Event)));
        site.AddBytes("input/topics.yml", Encoding.UTF8.GetBytes(encode("osce:\n  name: OSCE\n  description: The organization.\n")));
        BuildReport report = await site.BuildAsync();
        Assert.True(report.Succeeded, string.Join("\n", site.Messages));
        return site;
    }
}
