using System.Collections.Concurrent;
using Annals.Web.Rendering;
using Xunit;

namespace Annals.Web.Tests.Rendering;

public sealed class ThemeRenderTests
{
    [Fact]
    public void The_page_is_rendered_inside_the_base_layout()
    {
        using var folder = new ThemeFolder().Add("layouts/post.sbn", "<h1>{{ page.title }}</h1>");

        string html = folder.Load().RenderPage("post", SampleModels.Page("A & B", "/a/", "post"));

        Assert.Equal("<html lang=\"en\"><body><h1>A &amp; B</h1></body></html>", html);
    }

    [Fact]
    public void The_model_is_seen_as_snake_case_globals()
    {
        using var folder = new ThemeFolder().Add(
            "layouts/list.sbn",
            "{{ site.title }}|{{ site.base_url }}|{{ page.kind }}|{{ page.canonical_url }}|{{ assets.stylesheet }}|{{ items.size }}|{{ items[1].date_display }}|{{ pager.total_pages }}|{{ pager.pages[0].is_current }}|{{ item == null }}");
        PageModel model = SampleModels.HomePage(1, 4, itemCount: 2);

        string html = folder.Load().RenderPage("list", model);

        Assert.Contains("Test Archive|https://example.org|home|https://example.org/|/_theme/css/site.3f2a1c9e01.css|2|18 April 2024|4|true|true", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Base_sees_the_page_globals_and_the_content()
    {
        using var folder = new ThemeFolder()
            .Add("layouts/base.sbn", "<title>{{ page.title }}</title>{{ content }}")
            .Add("layouts/post.sbn", "<h1>{{ item.title }}</h1>{{ item.body_html }}");
        PostView post = SampleModels.Post("Q&A");

        string html = folder.Load().RenderPage("post", SampleModels.PostPage(post));

        Assert.Equal("<title>Q&amp;A</title><h1>Q&amp;A</h1><p>The delegation <strong>attended</strong> the conference.</p>", html);
    }

    [Fact]
    public void An_unknown_variable_fails_with_the_template_and_line()
    {
        using var folder = new ThemeFolder().Add("layouts/post.sbn", "<h1>{{ page.title }}</h1>\n<p>{{ titel }}</p>");

        var error = Assert.Throws<TemplateRenderException>(() => folder.Load().RenderPage("post", SampleModels.Page("T", "/t/", "post")));

        Assert.StartsWith("theme/layouts/post.sbn:2:7: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("titel", error.Message, StringComparison.Ordinal);
        Assert.Equal("theme/layouts/post.sbn", error.TemplatePath);
        Assert.Equal(2, error.Line);
        Assert.IsAssignableFrom<InvalidOperationException>(error);
    }

    [Fact]
    public void An_unknown_member_fails_too()
    {
        using var folder = new ThemeFolder().Add("layouts/post.sbn", "{{ page.titel }}");

        var error = Assert.Throws<TemplateRenderException>(() => folder.Load().RenderPage("post", SampleModels.Page("T", "/t/", "post")));

        Assert.StartsWith("theme/layouts/post.sbn:1:", error.Message, StringComparison.Ordinal);
        Assert.Contains("titel", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_in_a_partial_names_the_partial()
    {
        using var folder = new ThemeFolder()
            .Add("layouts/home.sbn", "<h1>x</h1>\n{{ include 'pager' }}")
            .Add("partials/pager.sbn", "<nav>\n\n{{ pager.nope }}</nav>");

        var error = Assert.Throws<TemplateRenderException>(() => folder.Load().RenderPage("home", SampleModels.HomePage(1, 2)));

        Assert.StartsWith("theme/partials/pager.sbn:3:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Include_output_is_not_escaped_twice()
    {
        using var folder = new ThemeFolder()
            .Add("layouts/post.sbn", "<main>{{ include 'note' }}</main>")
            .Add("partials/note.sbn", "<b>{{ page.title }}</b>");

        string html = folder.Load().RenderPage("post", SampleModels.Page("A & <B>", "/a/", "post"));

        Assert.Contains("<main><b>A &amp; &lt;B&gt;</b></main>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_kept_as_utf8_is_written_between_text_whether_the_output_is_the_page_or_a_capture()
    {
        using var folder = new ThemeFolder()
            .Add("layouts/base.sbn", "<body>é{{ content }}ü</body>")
            .Add("layouts/post.sbn", "<main>ß{{ item.body_html }}{{ capture copy }}[{{ item.body_html }}]{{ end }}{{ copy }}—</main>");
        PostView post = SampleModels.Post() with { BodyHtml = RawHtml.FromUtf8(System.Text.Encoding.UTF8.GetBytes("<p>Genève 🇦🇹</p>")) };

        string html = folder.Load().RenderPage("post", SampleModels.PostPage(post));

        Assert.Equal("<body>é<main>ß<p>Genève 🇦🇹</p>[<p>Genève 🇦🇹</p>]—</main>ü</body>", html);
    }

    [Fact]
    public void An_include_passes_its_arguments_to_the_partial()
    {
        using var folder = new ThemeFolder()
            .Add("layouts/post.sbn", "<main>{{ include 'note' 'A & B' }}|{{ include 'note' 'C' }}</main>")
            .Add("partials/note.sbn", "{{ $x = $1 }}<b>{{ $x }}</b>");

        string html = folder.Load().RenderPage("post", SampleModels.Page("T", "/t/", "post"));

        Assert.Contains("<main><b>A &amp; B</b>|<b>C</b></main>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_include_whose_value_is_kept_is_written_where_it_is_used()
    {
        using var folder = new ThemeFolder()
            .Add("layouts/post.sbn", "{{ note = include 'note' }}<main>{{ note }}{{ note }}</main>")
            .Add("partials/note.sbn", "<b>{{ page.title }}</b>");

        string html = folder.Load().RenderPage("post", SampleModels.Page("A & <B>", "/a/", "post"));

        Assert.Contains("<main><b>A &amp; &lt;B&gt;</b><b>A &amp; &lt;B&gt;</b></main>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_include_with_named_arguments_hands_them_to_the_partial()
    {
        using var folder = new ThemeFolder()
            .Add("layouts/post.sbn", "<main>{{ include 'note' label: 'A < B' }}</main>")
            .Add("partials/note.sbn", "<b>{{ $label }}</b>");

        string html = folder.Load().RenderPage("post", SampleModels.Page("T", "/t/", "post"));

        Assert.Contains("<main><b>A &lt; B</b></main>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_that_includes_itself_is_stopped_with_an_error()
    {
        using var folder = new ThemeFolder()
            .Add("layouts/post.sbn", "<main>{{ include 'note' }}</main>")
            .Add("partials/note.sbn", "x{{ include 'note' }}");

        var error = Assert.Throws<TemplateRenderException>(() => folder.Load().RenderPage("post", SampleModels.Page("T", "/t/", "post")));

        Assert.Contains("theme/partials/note.sbn", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/note")]
    [InlineData("note.sbn")]
    [InlineData("..\\\\x")] // a Scriban string: the name is ..\x
    public void Include_refuses_anything_but_a_partial_name(string name)
    {
        using var folder = new ThemeFolder()
            .Add("layouts/post.sbn", $"<p>\n{{{{ include '{name}' }}}}</p>")
            .Add("partials/note.sbn", "note")
            .Add("x.sbn", "outside");

        var error = Assert.Throws<TemplateRenderException>(() => folder.Load().RenderPage("post", SampleModels.Page("T", "/t/", "post")));

        Assert.StartsWith("theme/layouts/post.sbn:2:", error.Message, StringComparison.Ordinal);
        Assert.Contains("refused", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("outside", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Including_a_partial_that_does_not_exist_names_it()
    {
        using var folder = new ThemeFolder().Add("layouts/post.sbn", "{{ include 'missing' }}");

        var error = Assert.Throws<TemplateRenderException>(() => folder.Load().RenderPage("post", SampleModels.Page("T", "/t/", "post")));

        Assert.Contains("theme/partials/missing.sbn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_layout_is_an_error_that_names_it()
    {
        using var folder = new ThemeFolder();
        Theme theme = folder.Load();

        Assert.False(theme.HasLayout("event"));
        var error = Assert.Throws<TemplateRenderException>(() => theme.RenderPage("event", SampleModels.Page("T", "/t/", "event")));
        Assert.Contains("theme/layouts/event.sbn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void What_a_layout_assigns_does_not_reach_the_model()
    {
        using var folder = new ThemeFolder()
            .Add("layouts/base.sbn", "{{ page.title }}|{{ content }}")
            .Add("layouts/post.sbn", "{{ page = 'replaced' }}{{ page }}");

        string html = folder.Load().RenderPage("post", SampleModels.Page("Original", "/t/", "post"));

        Assert.Equal("Original|replaced", html);
    }

    [Fact]
    public void Pages_render_in_parallel_with_one_shared_theme()
    {
        using var folder = new ThemeFolder()
            .Add("layouts/post.sbn", "<h1>{{ item.title }}</h1>{{ for t in item.topics }}{{ include 'topic' }}{{ end }}")
            .Add("partials/topic.sbn", "<a href=\"{{ t.url }}\">{{ t.name }}</a>");
        Theme theme = folder.Load();
        var results = new ConcurrentDictionary<int, string>();

        Parallel.For(0, 200, n => results[n] = theme.RenderPage("post", SampleModels.PostPage(SampleModels.Post($"Item {n} <{n}>"))));

        Assert.Equal(200, results.Count);
        Assert.All(results, pair => Assert.Contains($"<h1>Item {pair.Key} &lt;{pair.Key}&gt;</h1><a href=\"/topics/human-trafficking/\">", pair.Value, StringComparison.Ordinal));
    }
}
