using System.Collections.Immutable;
using Annals.Web.Rendering;
using Scriban;
using Scriban.Runtime;
using Xunit;

namespace Annals.Web.Tests.Rendering;

public sealed class EscapingTemplateContextTests
{
    private const string Script = "<script>alert(1)</script>";

    [Fact]
    public void Strings_are_escaped()
    {
        string html = Render("<h1>{{ title }}</h1><p title=\"{{ quote }}\">", new { Title = Script, Quote = "\"it's\" & more" });

        Assert.Equal("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1><p title=\"&quot;it&#39;s&quot; &amp; more\">", html);
    }

    [Fact]
    public void Arrays_and_objects_are_escaped()
    {
        string html = Render("{{ topics }}|{{ link }}", new { Topics = ImmutableArray.Create("<b>", "&"), Link = new TopicLink(Script, "/x/") });

        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&amp;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_reached_through_a_loop_are_escaped()
    {
        string html = Render("{{ for t in topics }}<li>{{ t.name }}</li>{{ end }}", new { Topics = ImmutableArray.Create(new TopicLink(Script, "/x/")) });

        Assert.Equal("<li>&lt;script&gt;alert(1)&lt;/script&gt;</li>", html);
    }

    [Fact]
    public void Raw_html_passes_through()
    {
        string html = Render("<div>{{ body }}</div>", new { Body = new RawHtml("<p>ok &amp; <em>fine</em></p>") });

        Assert.Equal("<div><p>ok &amp; <em>fine</em></p></div>", html);
    }

    [Fact]
    public void Numbers_booleans_and_null_are_written_as_they_are()
    {
        string html = Render("{{ 2 }}|{{ count }}|{{ 1.5 }}|{{ flag }}|{{ nothing }}|", new { Count = 42L, Flag = true, Nothing = (string?)null });

        Assert.Equal("2|42|1.5|true||", html);
    }

    [Fact]
    public void A_string_literal_of_the_template_is_escaped_too()
    {
        Assert.Equal("&lt;b&gt;", Render("{{ '<b>' }}", new { }));
    }

    [Fact]
    public void Captured_output_is_not_escaped_twice()
    {
        string html = Render("{{ capture block }}<i>{{ title }}</i>{{ end }}{{ block }}", new { Title = "A & B" });

        Assert.Equal("<i>A &amp; B</i>", html);
    }

    [Fact]
    public void A_value_that_looks_like_a_template_is_printed_not_run()
    {
        string html = Render("{{ title }}", new { Title = "{{ include '/etc/passwd' }}" });

        Assert.Equal("{{ include &#39;/etc/passwd&#39; }}", html);
    }

    [Fact]
    public async Task Rendering_asynchronously_escapes_too()
    {
        Template template = Template.Parse("{{ title }}{{ body }}");
        var context = new EscapingTemplateContext();
        context.PushGlobal(Globals(new { Title = "<x>", Body = new RawHtml("<y>") }));

        string html = await template.RenderAsync(context);

        Assert.Equal("&lt;x&gt;<y>", html);
    }

    [Fact]
    public void Html_text_escapes_only_the_characters_that_matter()
    {
        Assert.Equal("Genève &lt;&gt;&amp;&quot;&#39; ok", HtmlText.Escape("Genève <>&\"' ok"));
        string plain = "nothing to do";
        Assert.Same(plain, HtmlText.Escape(plain));
    }

    [Theory]
    [InlineData("<h1>{{ title }}</h1><p title=\"{{ quote }}\">")]
    [InlineData("{{ for t in topics }}<li>{{ t }}</li>{{ end }}")]
    [InlineData("{{ capture block }}<i>{{ title }}</i>{{ end }}{{ block }}|{{ body }}|{{ count }}")]
    [InlineData("{{ '<b>' }} {{ quote | string.upcase }} {{ emoji }}")]
    public void A_page_rendered_into_utf8_is_escaped_as_a_page_rendered_into_a_string(string text)
    {
        var model = new
        {
            Title = Script,
            Quote = "\"it's\" & more",
            Topics = ImmutableArray.Create("Peace & security", "<Youth>", "Genève"),
            Body = new RawHtml("<p>raw & kept</p>"),
            Count = 3,
            Emoji = "Wien 😀 & co",
        };

        string utf8 = RenderUtf8(text, model);

        Assert.Equal(Render(text, model), utf8);
        Assert.DoesNotContain("<script>", utf8, StringComparison.Ordinal);
    }

    private static string Render(string text, object model)
    {
        Template template = Template.Parse(text);
        Assert.False(template.HasErrors, string.Join("\n", template.Messages));
        var context = new EscapingTemplateContext();
        context.PushGlobal(Globals(model));
        return template.Render(context);
    }

    private static string RenderUtf8(string text, object model)
    {
        Template template = Template.Parse(text);
        var context = new EscapingTemplateContext();
        context.PushGlobal(Globals(model));
        var bytes = new System.Buffers.ArrayBufferWriter<byte>();
        var output = new Utf8ScriptOutput(bytes);
        context.PushOutput(output);
        template.Render(context);
        output.Flush();
        return System.Text.Encoding.UTF8.GetString(bytes.WrittenSpan);
    }

    private static ScriptObject Globals(object model)
    {
        var globals = new ScriptObject();
        globals.Import(model, ScriptMemberImportFlags.Property, filter: null, renamer: StandardMemberRenamer.Default);
        return globals;
    }
}
