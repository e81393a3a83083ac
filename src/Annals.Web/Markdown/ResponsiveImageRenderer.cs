using System.Collections.Immutable;
using System.Globalization;
using Annals.Pipeline.Diagnostics;
using Annals.Web.Html;
using Annals.Web.Images;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Annals.Web.Markdown;

/// <summary>
/// Writes a body image of this site as a <c>&lt;picture&gt;</c> with its WebP widths, a fallback <c>src</c>, width and
/// height (no layout shift), and lazy loading, while Markdig renders: the body is never parsed again for it. Links,
/// external images and files the catalog does not know are written as Markdig writes them. One instance per body.
/// </summary>
internal sealed class ResponsiveImageRenderer(
    ImageCatalog catalog,
    string pageUrl,
    string sourcePath,
    int bodyLine,
    IDiagnosticSink sink,
    ImmutableArray<ImageUse>.Builder uses) : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(link);
        if (!link.IsImage || link.Url is not { } url || !UrlSafety.IsInternal(url) || !renderer.EnableHtmlForInline)
        {
            base.Write(renderer, link);
            return;
        }

        var location = new SourceLocation(sourcePath, bodyLine + link.Line, link.Column + 1);
        if (catalog.Resolve(SiteTargets.Resolve(pageUrl, url), location, sink) is not { } image)
        {
            base.Write(renderer, link);
            return;
        }

        uses.Add(new ImageUse(image, location));
        if (image.WebpSrcset is { } srcset)
        {
            renderer.Write("<picture><source type=\"image/webp\" srcset=\"").WriteEscape(srcset)
                .Write("\" sizes=\"").Write(ResponsiveImage.ColumnSizes).Write("\">");
        }

        renderer.Write("<img src=\"").WriteEscapeUrl(image.Src).Write("\" alt=\"");
        renderer.EnableHtmlForInline = false;
        renderer.WriteChildren(link);
        renderer.EnableHtmlForInline = true;
        renderer.Write('"');
        if (!string.IsNullOrEmpty(link.Title))
        {
            renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        }

        if (image is { Width: { } width, Height: { } height })
        {
            renderer.Write(string.Create(CultureInfo.InvariantCulture, $" width=\"{width}\" height=\"{height}\""));
        }

        renderer.Write(" loading=\"lazy\" decoding=\"async\">");
        if (image.WebpSrcset is not null)
        {
            renderer.Write("</picture>");
        }
    }
}
