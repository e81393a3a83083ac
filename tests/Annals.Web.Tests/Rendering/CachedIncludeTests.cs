using System.Buffers;
using System.Text;
using Annals.Web.Rendering;
using Xunit;

namespace Annals.Web.Tests.Rendering;

public sealed class CachedIncludeTests
{
    [Fact]
    public void A_cached_include_writes_what_include_writes()
    {
        using var folder = new ThemeFolder()
            .Add("layouts/home.sbn", "<ul>{{ for entry in items }}{{ include_cached 'row' entry }}{{ end }}</ul>")
            .Add("layouts/list.sbn", "<ul>{{ for entry in items }}{{ include 'row' }}{{ end }}</ul>")
            .Add("partials/row.sbn", "<li>{{ entry.title }} &amp; {{ entry.summary }} — Genève</li>");
        Theme theme = folder.Load();
        PageModel model = SampleModels.HomePage(1, 1, itemCount: 3);
        var partials = new RenderedPartials();

        string cached = Render(theme, "home", model, partials);
        string plain = Render(theme, "list", model, partials: null);

        Assert.Contains("<li>Report 2 &amp; Summary of report 2. — Genève</li>", cached, StringComparison.Ordinal);
        Assert.Equal(plain, cached);
        Assert.Equal(3, partials.Count);
    }

    [Fact]
    public void Each_set_of_values_is_rendered_once()
    {
        using var folder = new ThemeFolder()
            .Add("layouts/post.sbn", "{{ for n in [1, 2, 1, 2, 1] }}{{ level = n }}{{ include_cached 'heading' level 'x' }}{{ end }}")
            .Add("partials/heading.sbn", "<h{{ level }}>{{ page.title }}</h{{ level }}>");
        var partials = new RenderedPartials();

        string html = Render(folder.Load(), SampleModels.Page("A & B", "/a/", "post"), partials);

        Assert.Contains("<h1>A &amp; B</h1><h2>A &amp; B</h2><h1>A &amp; B</h1><h2>A &amp; B</h2><h1>A &amp; B</h1>", html, StringComparison.Ordinal);
        Assert.Equal(2, partials.Count);
    }

    [Fact]
    public void The_output_is_reused_by_the_next_page_of_the_build()
    {
        // The partial reads the page's title without naming it: the second page shows the first page's output,
        // which is why a partial that depends on its page must use include.
        using var folder = new ThemeFolder()
            .Add("layouts/post.sbn", "{{ include_cached 'note' 7 }}")
            .Add("partials/note.sbn", "<b>{{ page.title }}</b>");
        Theme theme = folder.Load();
        var partials = new RenderedPartials();

        string first = Render(theme, SampleModels.Page("First", "/1/", "post"), partials);
        string second = Render(theme, SampleModels.Page("Second", "/2/", "post"), partials);
        string alone = Render(theme, SampleModels.Page("Third", "/3/", "post"), partials: null);

        Assert.Contains("<b>First</b>", first, StringComparison.Ordinal);
        Assert.Contains("<b>First</b>", second, StringComparison.Ordinal);
        Assert.Contains("<b>Third</b>", alone, StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_records_that_are_different_objects_are_rendered_each()
    {
        using var folder = new ThemeFolder()
            .Add("layouts/home.sbn", "{{ for entry in items }}{{ include_cached 'row' entry }}{{ end }}")
            .Add("partials/row.sbn", "<li>{{ entry.title }}</li>");
        PageModel model = SampleModels.HomePage(1, 1, itemCount: 1);
        model = model with { Items = [model.Items[0], model.Items[0] with { }, model.Items[0]] };
        var partials = new RenderedPartials();

        string html = Render(folder.Load(), model, partials);

        Assert.Contains("<li>Report 1</li><li>Report 1</li><li>Report 1</li>", html, StringComparison.Ordinal);
        Assert.Equal(2, partials.Count);
    }

    [Fact]
    public void A_template_array_as_a_value_is_not_cached()
    {
        // The template may change its own array after the call: the second include must show the change.
        using var folder = new ThemeFolder()
            .Add("layouts/post.sbn", "{{ list = [1] }}{{ include_cached 'note' list }}{{ list[0] = 2 }}{{ include_cached 'note' list }}")
            .Add("partials/note.sbn", "<b>{{ $1[0] }}</b>");
        var partials = new RenderedPartials();

        string html = Render(folder.Load(), SampleModels.Page("T", "/t/", "post"), partials);

        Assert.Contains("<b>1</b><b>2</b>", html, StringComparison.Ordinal);
        Assert.Equal(0, partials.Count);
    }

    [Fact]
    public void Past_its_capacity_nothing_more_is_remembered_but_everything_is_written()
    {
        using var folder = new ThemeFolder()
            .Add("layouts/post.sbn", "{{ for n in 1..4 }}{{ include_cached 'note' n }}{{ end }}")
            .Add("partials/note.sbn", "<b>{{ n }}</b>");
        var partials = new RenderedPartials(capacityBytes: 20);

        string html = Render(folder.Load(), SampleModels.Page("T", "/t/", "post"), partials);

        Assert.Contains("<b>1</b><b>2</b><b>3</b><b>4</b>", html, StringComparison.Ordinal);
        Assert.Equal(2, partials.Count);
    }

    [Fact]
    public void A_cached_include_whose_value_is_kept_or_with_named_arguments_works_as_include()
    {
        using var folder = new ThemeFolder()
            .Add("layouts/post.sbn", "{{ kept = include_cached 'note' 1 }}{{ kept }}{{ kept }}|{{ include_cached 'label' label: 'A < B' }}")
            .Add("partials/note.sbn", "<b>{{ page.title }}</b>")
            .Add("partials/label.sbn", "<i>{{ $label }}</i>");
        var partials = new RenderedPartials();

        string html = Render(folder.Load(), SampleModels.Page("T", "/t/", "post"), partials);

        Assert.Contains("<b>T</b><b>T</b>|<i>A &lt; B</i>", html, StringComparison.Ordinal);
        Assert.Equal(0, partials.Count);
    }

    [Fact]
    public void An_error_in_a_cached_partial_names_the_partial_and_the_next_render_is_clean()
    {
        using var folder = new ThemeFolder()
            .Add("layouts/post.sbn", "<main>{{ include_cached 'note' page.url }}</main>")
            .Add("partials/note.sbn", "{{ if page.url == '/bad/' }}\n{{ page.nope }}{{ end }}<b>ok</b>");
        Theme theme = folder.Load();
        var partials = new RenderedPartials();

        var error = Assert.Throws<TemplateRenderException>(() => Render(theme, SampleModels.Page("T", "/bad/", "post"), partials));
        string html = Render(theme, SampleModels.Page("T", "/good/", "post"), partials);

        Assert.StartsWith("theme/partials/note.sbn:2:", error.Message, StringComparison.Ordinal);
        Assert.Contains("<main><b>ok</b></main>", html, StringComparison.Ordinal);
        Assert.Equal(1, partials.Count);
    }

    private static string Render(Theme theme, PageModel model, RenderedPartials? partials) =>
        Render(theme, model.Page.Kind, model, partials);

    private static string Render(Theme theme, string layout, PageModel model, RenderedPartials? partials)
    {
        var utf8 = new ArrayBufferWriter<byte>();
        theme.RenderPage(layout, model, utf8, partials);
        return Encoding.UTF8.GetString(utf8.WrittenSpan);
    }
}
