using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Annals.Pipeline.Diagnostics;
using Annals.Web.Rendering;
using Annals.Web.StructuredData;
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

    /// <summary>Renders as the Pages pipeline does, with the head (share image, feeds, JSON-LD) derived from the model.</summary>
    public static string Html(string layout, PageModel model) => Instance.RenderPage(layout, PageHead.Attach(model));

    public static IDocument Render(string layout, PageModel model) => Parser.ParseDocument(Html(layout, model));
}
