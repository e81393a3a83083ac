using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Annals.Pipeline.Diagnostics;
using Annals.Web.Rendering;
using Annals.Web.Tests.Integration;
using Xunit;

namespace Annals.Web.Tests.Rendering;

/// <summary>The repository's own <c>theme/</c>, loaded once for the tests that render it.</summary>
internal static class RealTheme
{
    private static readonly HtmlParser Parser = new();

    private static readonly Lazy<Theme> Loaded = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        Theme theme = Theme.Load(Path.Combine(RepositoryRoot.Path, "theme"), RepositoryRoot.Path, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return theme;
    });

    public static Theme Instance => Loaded.Value;

    public static string Html(string layout, PageModel model) => Instance.RenderPage(layout, model);

    public static IDocument Render(string layout, PageModel model) => Parser.ParseDocument(Html(layout, model));
}
