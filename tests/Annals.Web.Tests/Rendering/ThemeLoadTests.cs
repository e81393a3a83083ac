using Annals.Pipeline.Diagnostics;
using Annals.Web.Rendering;
using Xunit;

namespace Annals.Web.Tests.Rendering;

public sealed class ThemeLoadTests
{
    [Fact]
    public void A_syntax_error_is_reported_at_the_theme_path_line_and_column()
    {
        using var folder = new ThemeFolder().Add("layouts/post.sbn", "<h1>{{ page.title }}</h1>\n  {{ if }}\n");
        var diagnostics = new DiagnosticBag();

        Theme theme = folder.Load(diagnostics);

        Diagnostic error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(ThemeCodes.TemplateSyntax, error.Code);
        Assert.Equal(new SourceLocation("theme/layouts/post.sbn", 2, 9), error.Location);
        Assert.StartsWith("theme/layouts/post.sbn:2:9: error AN0601: ", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("error :", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("post.sbn", error.Message, StringComparison.Ordinal);
        Assert.False(theme.HasLayout("post"));
        Assert.True(theme.HasLayout("base"));
    }

    [Fact]
    public void A_syntax_error_in_a_partial_names_the_partial()
    {
        using var folder = new ThemeFolder().Add("partials/pager.sbn", "{{ for p in pager.pages }}\n{{ p.number }}\n");
        var diagnostics = new DiagnosticBag();

        folder.Load(diagnostics);

        Diagnostic error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal("theme/partials/pager.sbn", error.Location?.Path);
        Assert.True(error.Location?.Line > 0);
    }

    [Fact]
    public void A_theme_without_a_base_layout_is_an_error()
    {
        using var folder = new ThemeFolder(withBase: false).Add("layouts/post.sbn", "<h1>{{ page.title }}</h1>");
        var diagnostics = new DiagnosticBag();

        folder.Load(diagnostics);

        Diagnostic error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(ThemeCodes.ThemeMissing, error.Code);
        Assert.Equal("theme/layouts/base.sbn", error.Location?.Path);
    }

    [Fact]
    public void A_missing_theme_folder_is_an_error()
    {
        string root = Path.Combine(Path.GetTempPath(), "annals-none-" + Guid.NewGuid().ToString("N"));
        var diagnostics = new DiagnosticBag();

        Theme theme = Theme.Load(Path.Combine(root, "theme"), root, diagnostics);

        Diagnostic error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(ThemeCodes.ThemeMissing, error.Code);
        Assert.Equal("theme", error.Location?.Path);
        Assert.False(theme.HasLayout("base"));
    }

    [Fact]
    public void Templates_are_compiled_once_when_the_theme_is_loaded()
    {
        using var folder = new ThemeFolder()
            .Add("layouts/post.sbn", "<h1>{{ page.title }}</h1>{{ include 'note' }}")
            .Add("partials/note.sbn", "<p>note</p>");
        Theme theme = folder.Load();
        Directory.Delete(folder.ThemeDirectory, recursive: true);

        string html = theme.RenderPage("post", SampleModels.Page("Title", "/t/", "post"));

        Assert.Contains("<h1>Title</h1><p>note</p>", html, StringComparison.Ordinal);
        Assert.Equal(["base", "post"], theme.Layouts);
    }
}
