using System.Globalization;
using Annals.Pipeline.Diagnostics;

namespace Annals.Pipeline.Tests.Diagnostics;

public sealed class DiagnosticTests
{
    [Fact]
    public void Formats_as_path_line_column_severity_code_message()
    {
        Diagnostic diagnostic = Diagnostic.Error("AN0101", "unknown tag 'foo'", new SourceLocation("input/posts/a.md", 12, 5));

        Assert.Equal("input/posts/a.md:12:5: error AN0101: unknown tag 'foo'", diagnostic.ToString());
    }

    [Fact]
    public void Leaves_out_the_column_when_it_is_unknown()
    {
        Diagnostic diagnostic = Diagnostic.Warning("AN0102", "long title", new SourceLocation("input/a.md", 3));

        Assert.Equal("input/a.md:3: warning AN0102: long title", diagnostic.ToString());
    }

    [Fact]
    public void Leaves_out_line_and_column_when_the_line_is_unknown()
    {
        Assert.Equal(
            "input/site.yml: error AN0103: missing title",
            Diagnostic.Error("AN0103", "missing title", new SourceLocation("input/site.yml")).ToString());
        Assert.Equal(
            "input/site.yml: error AN0103: missing title",
            Diagnostic.Error("AN0103", "missing title", new SourceLocation("input/site.yml", 0, 7)).ToString());
    }

    [Fact]
    public void Leaves_out_the_location_when_there_is_none()
    {
        Assert.Equal("error AN0104: no input folder", Diagnostic.Error("AN0104", "no input folder").ToString());
        Assert.Equal("info AN0105: 3 pages", new Diagnostic(Severity.Info, "AN0105", "3 pages").ToString());
    }

    [Fact]
    public void Formatting_does_not_depend_on_the_current_culture()
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            Assert.Equal("a.md:1:2: info AN1: m", new Diagnostic(Severity.Info, "AN1", "m", new SourceLocation("a.md", 1, 2)).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Factory_methods_set_the_severity()
    {
        Assert.Equal(Severity.Error, Diagnostic.Error("A", "m").Severity);
        Assert.Equal(Severity.Warning, Diagnostic.Warning("A", "m").Severity);
    }

    [Fact]
    public void Diagnostics_with_the_same_parts_are_equal()
    {
        Assert.Equal(
            Diagnostic.Error("AN1", "m", new SourceLocation("a.md", 1, 2)),
            Diagnostic.Error("AN1", "m", new SourceLocation("a.md", 1, 2)));
        Assert.NotEqual(
            Diagnostic.Error("AN1", "m", new SourceLocation("a.md", 1, 2)),
            Diagnostic.Error("AN1", "m", new SourceLocation("a.md", 1, 3)));
    }
}
