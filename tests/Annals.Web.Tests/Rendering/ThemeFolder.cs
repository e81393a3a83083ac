using Annals.Pipeline.Diagnostics;
using Annals.Web.Rendering;
using Xunit;

namespace Annals.Web.Tests.Rendering;

/// <summary>A theme declared inline (path -> template text) in a temp folder: <c>ROOT/theme/layouts/...</c>.</summary>
internal sealed class ThemeFolder : IDisposable
{
    public const string MinimalBase = "<html lang=\"{{ site.language }}\"><body>{{ content }}</body></html>";

    public ThemeFolder(bool withBase = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "annals-theme-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "theme", "layouts"));
        Directory.CreateDirectory(Path.Combine(Root, "theme", "partials"));
        if (withBase)
        {
            Add("layouts/base.sbn", MinimalBase);
        }
    }

    /// <summary>The display root: diagnostics read <c>theme/layouts/x.sbn</c>.</summary>
    public string Root { get; }

    public string ThemeDirectory => Path.Combine(Root, "theme");

    public ThemeFolder Add(string path, string text)
    {
        string full = Path.Combine(ThemeDirectory, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    /// <summary>Loads the theme, collecting its diagnostics in <paramref name="diagnostics"/>.</summary>
    public Theme Load(DiagnosticBag diagnostics) =>
        Theme.Load(ThemeDirectory, Root, diagnostics);

    /// <summary>Loads the theme and fails the test if it reported anything.</summary>
    public Theme Load()
    {
        var diagnostics = new DiagnosticBag();
        Theme theme = Load(diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return theme;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
