using Annals.Pipeline.Diagnostics;
using Annals.Web.Markdown;

namespace Annals.Web.Tests.Markdown;

/// <summary>
/// The HTML and plain text of a body. The renderer writes both into buffers each thread keeps and reuses, so these
/// also check that one body never shows through in the next.
/// </summary>
public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new([]);

    private RenderedMarkdown Render(string markdown) => _renderer.Render(markdown, "input/posts/p.md", 5, new DiagnosticBag());

    [Fact]
    public void Plain_text_has_each_run_of_white_space_as_one_space_and_none_at_the_ends()
    {
        RenderedMarkdown body = Render("#  The   title\n\nFirst *line*  \nsecond\tline.\n\n    code   block\n\n- one\n- two\n");

        Assert.Equal("The title First line second line. code block one two", body.PlainText);
        Assert.Equal("First line second line.", body.FirstParagraph);
    }

    [Fact]
    public void Plain_text_collapses_every_kind_of_white_space_across_inline_boundaries()
    {
        // No-break, ideographic and em spaces, a tab inside a code span, spaces at the edges of emphasis and links.
        RenderedMarkdown body = Render("Vienna,\u00A0\u00A015 April \u3000*the* [ report ](https://example.org) `a\tb`\u2003end.\n");

        Assert.Equal("Vienna, 15 April the report a b end.", body.PlainText);
    }

    [Fact]
    public void Plain_text_has_the_characters_of_entities()
    {
        RenderedMarkdown body = Render("Tom &amp; Jerry&#39;s caf&eacute; in Gen&#232;ve&nbsp;&lt;3\n");

        Assert.Equal("Tom & Jerry's café in Genève <3", body.PlainText);
        Assert.Equal("Tom & Jerry's café in Genève <3", body.FirstParagraph);
    }

    [Fact]
    public void The_white_space_plain_text_collapses_is_what_char_IsWhiteSpace_accepts()
    {
        // Printable ASCII has no white space but the space; below it, the control characters go the slow way.
        for (int c = 0x21; c < 0x80; c++)
        {
            Assert.False(char.IsWhiteSpace((char)c), $"U+{c:X4}");
        }

        for (int c = 0x80; c <= char.MaxValue; c++)
        {
            Assert.True(char.IsWhiteSpace((char)c) == PlainText.NonAsciiWhiteSpace.Contains((char)c), $"U+{c:X4}");
        }
    }

    [Theory]
    [InlineData("one two", "one two")]
    [InlineData(" leading and trailing ", "leading and trailing")]
    [InlineData("two  spaces", "two spaces")]
    [InlineData("Genève\u00A0Zürich", "Genève Zürich")]
    [InlineData("Genève Zürich", "Genève Zürich")]
    [InlineData("a\u2003\u2003b", "a b")]
    [InlineData("   ", "")]
    public void Plain_text_of_one_paragraph_collapses_its_white_space(string text, string expected)
    {
        // Escaped as a character reference where Markdown would otherwise strip or keep the white space itself.
        RenderedMarkdown body = Render(text.Replace("\u00A0", "&nbsp;", StringComparison.Ordinal) + "\n\nNext *part* .");

        Assert.Equal(expected.Length == 0 ? "Next part ." : expected + " Next part .", body.PlainText);
    }

    [Fact]
    public void An_empty_body_has_no_html_and_no_text()
    {
        RenderedMarkdown body = Render(string.Empty);

        Assert.False(body.HasHtml);
        Assert.Equal(string.Empty, body.Html);
        Assert.Equal(string.Empty, body.PlainText);
        Assert.Equal(string.Empty, body.FirstParagraph);
    }

    [Fact]
    public void A_body_rendered_after_a_longer_one_shows_nothing_of_it()
    {
        string longer = string.Join("\n\n", Enumerable.Range(0, 200).Select(n => $"Paragraph {n} of the long report."));
        Render(longer);

        RenderedMarkdown shorter = Render("Short.\n");

        Assert.Equal("<p>Short.</p>\n", shorter.Html);
        Assert.Equal("Short.", shorter.PlainText);
    }

    [Fact]
    public void A_body_of_several_megabytes_is_rendered_whole_and_the_next_one_too()
    {
        string paragraph = new string('a', 1000);
        string huge = string.Join("\n\n", Enumerable.Repeat(paragraph, 3000));

        RenderedMarkdown body = Render(huge);
        RenderedMarkdown next = Render("Next.\n");

        Assert.Equal(3000 * "<p></p>\n".Length + 3000 * 1000, body.Html.Length);
        Assert.Equal((3000 * 1001) - 1, body.PlainText.Length);
        Assert.Equal("Next.", next.PlainText);
    }

    [Fact]
    public void A_body_is_rendered_without_new_buffers_once_the_thread_has_them()
    {
        Render("Warm *up*.\n");
        long before = GC.GetAllocatedBytesForCurrentThread();

        Render("Short *text*.\n");

        // Markdig's syntax tree and the result itself are a few kilobytes; a new buffer is 32 KB.
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 24 * 1024, $"{allocated} bytes allocated");
    }

    [Fact]
    public void Characters_xml_forbids_are_removed_from_the_html_and_the_text()
    {
        RenderedMarkdown body = Render("A&#14;B &#xFFFF;C\n");

        Assert.Equal("<p>AB C</p>\n", body.Html);
        Assert.Equal("AB C", body.PlainText);
    }

    [Fact]
    public void Plain_text_decoded_into_a_buffer_is_the_plain_text_and_grows_a_buffer_too_small()
    {
        RenderedMarkdown body = Render("Délégation à Genève — 会议 🇦🇹, " + new string('x', 100) + "\n");
        char[] buffer = new char[4];

        ReadOnlySpan<char> text = body.PlainTextInto(ref buffer);

        Assert.Equal(body.PlainText, text.ToString());
        Assert.True(buffer.Length >= text.Length);
        char[] grown = buffer;
        Assert.Equal("Short.", Render("Short.\n").PlainTextInto(ref buffer).ToString());
        Assert.Same(grown, buffer);
    }

    [Fact]
    public void Non_latin_text_and_emoji_keep_every_character()
    {
        RenderedMarkdown body = Render("Délégation à Genève — 会议 🇦🇹\n");

        Assert.Equal("<p>Délégation à Genève — 会议 🇦🇹</p>\n", body.Html);
        Assert.Equal("Délégation à Genève — 会议 🇦🇹", body.PlainText);
    }

    [Fact]
    public void Bodies_rendered_on_many_threads_at_once_stay_their_own()
    {
        string[] texts = [.. Enumerable.Range(0, 400).Select(n => $"Item {n} " + new string('x', (n * 7) + 1))];
        var bodies = new RenderedMarkdown[texts.Length];

        Parallel.For(0, texts.Length, n => bodies[n] = Render(texts[n] + "\n"));

        Assert.All(Enumerable.Range(0, texts.Length), n => Assert.Equal(texts[n], bodies[n].PlainText));
        Assert.All(Enumerable.Range(0, texts.Length), n => Assert.Equal($"<p>{texts[n]}</p>\n", bodies[n].Html));
    }
}
