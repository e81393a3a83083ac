using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;
using Annals.Web.Rendering;
using Scriban;
using Scriban.Runtime;

namespace Annals.Web.Tests.Rendering;

public sealed class CompactTemplateTextTests
{
    [Fact]
    public void Indentation_and_blank_lines_of_the_template_are_dropped_and_line_breaks_kept()
    {
        string html = Render("<ul>\n  <li>\n    <b>One</b>\n    <i>two</i>\n\n\n  </li>\r\n</ul>\n", new { });

        Assert.Equal("<ul>\n<li>\n<b>One</b>\n<i>two</i>\n</li>\n</ul>\n", html);
    }

    [Fact]
    public void Spaces_inside_a_line_and_around_values_are_kept()
    {
        string html = Render("  <p>{{ a }} <span>·</span> {{ b }}</p>\n", new { A = "x", B = "y" });

        Assert.Equal("<p>x <span>·</span> y</p>\n", html);
    }

    [Fact]
    public void Values_are_written_as_they_are()
    {
        string html = Render("<div>\n  {{ body }}\n</div>", new { Body = new RawHtml("<p>a\n    b</p>\n\n") });

        Assert.Equal("<div>\n<p>a\n    b</p>\n\n\n</div>", html);
    }

    [Fact]
    public void Preformatted_text_of_the_template_is_left_as_written()
    {
        string html = Render("<div>\n  <pre class=\"x\">\n  one\n\n    two\n</pre>\n  <textarea>\n  a\n</textarea>\n</div>", new { });

        Assert.Equal("<div>\n<pre class=\"x\">\n  one\n\n    two\n</pre>\n<textarea>\n  a\n</textarea>\n</div>", html);
    }

    [Fact]
    public void An_indented_include_is_not_indented()
    {
        string root = Path.Combine(Path.GetTempPath(), "annals-compact-" + Guid.NewGuid().ToString("N"));
        try
        {
            Write(root, "layouts/base.sbn", "<main>\n  {{ content ~}}\n</main>\n");
            Write(root, "layouts/list.sbn", "<ul>\n  {{~ for n in [1, 2] ~}}\n    {{ include 'row' ~}}\n  {{~ end ~}}\n</ul>\n");
            Write(root, "partials/row.sbn", "<li>\n  <b>{{ n }}</b>\n</li>\n");
            var diagnostics = new DiagnosticBag();
            Theme theme = Theme.Load(root, root, diagnostics);
            Assert.Empty(diagnostics.ToSortedList());

            string html = theme.RenderPage("list", new PageModel(
                new SiteView("S", "https://example.org", "en", null, null, ImmutableArray<NavItem>.Empty),
                new PageInfo("T", "/", "https://example.org/", "d", "list", ImmutableArray<Crumb>.Empty),
                new AssetUrls("/s.css", null)));

            Assert.Equal("<main>\n<ul>\n<li>\n<b>1</b>\n</li>\n<li>\n<b>2</b>\n</li>\n</ul>\n</main>\n", html);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string Render(string source, object model)
    {
        Template template = Template.Parse(source);
        Assert.False(template.HasErrors, string.Join("\n", template.Messages));
        CompactTemplateText.Apply(template.Page);
        var context = new EscapingTemplateContext();
        var globals = new ScriptObject();
        globals.Import(model, ScriptMemberImportFlags.Property, filter: null, renamer: StandardMemberRenamer.Default);
        context.PushGlobal(globals);
        return template.Render(context);
    }

    private static void Write(string root, string path, string text)
    {
        string full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
