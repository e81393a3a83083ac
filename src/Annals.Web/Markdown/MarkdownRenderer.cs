using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;
using Annals.Web.Images;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Annals.Web.Markdown;

/// <summary>
/// Turns a Markdown body into safe HTML in one parse. Extensions are the ones news text needs (tables,
/// footnotes, figures, heading anchors, autolinks); the AST is walked once for links, plain text and
/// heading levels, so nothing downstream has to parse the HTML again. With an <see cref="ImageCatalog"/>, images of
/// this site are written as responsive <c>&lt;picture&gt;</c>s as they are rendered. Thread-safe.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly BodySanitizer _sanitizer;
    private readonly ImageCatalog? _images;

    /// <param name="videoHosts">Hosts whose videos a body may embed.</param>
    /// <param name="images">Resolves this site's images to their resized variants; null writes them as they are.</param>
    public MarkdownRenderer(IEnumerable<string> videoHosts, ImageCatalog? images = null)
    {
        _images = images;
        _pipeline = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGridTables()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseFootnotes()
            .UseFigures()
            .UseAutoLinks()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .Build();
        _sanitizer = new BodySanitizer(videoHosts);
    }

    /// <param name="markdown">The body, with LF line endings.</param>
    /// <param name="sourcePath">The file, for diagnostics.</param>
    /// <param name="bodyLine">The 1-based file line of the body's first line, so reported lines match the file.</param>
    /// <param name="sink">Where unsafe links and cleaned HTML are reported.</param>
    /// <param name="pageUrl">The URL of the page the body is shown on, against which relative image paths are resolved.</param>
    public RenderedMarkdown Render(string markdown, string sourcePath, int bodyLine, IDiagnosticSink sink, string pageUrl = "/")
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(sink);
        try
        {
            return RenderChecked(markdown, sourcePath, bodyLine, sink, pageUrl);
        }
        catch (Exception exception) when (exception is InsufficientExecutionStackException || (exception is ArgumentException && exception.Source == "Markdig"))
        {
            // Markdig refuses absurd nesting (thousands of '>', '[' or list levels) with an exception, not a result.
            sink.Report(Diagnostic.Error(
                MarkdownCodes.TooDeeplyNested,
                "the text is nested too deeply to be read as Markdown (thousands of '>', '[', '*' or indented list levels): remove the repeated characters",
                new SourceLocation(sourcePath, bodyLine)));
            return new RenderedMarkdown(string.Empty, string.Empty, string.Empty, []);
        }
    }

    private RenderedMarkdown RenderChecked(string markdown, string sourcePath, int bodyLine, IDiagnosticSink sink, string pageUrl)
    {
        MarkdownDocument document = Markdig.Markdown.Parse(markdown, _pipeline);

        DemoteHeadingsBelowTitle(document);
        ImmutableArray<BodyLink> links = CollectLinks(document, sourcePath, bodyLine, sink);
        bool hasRawHtml = document.Descendants().Any(node => node is HtmlBlock or HtmlInline);

        CharBufferWriter html = CharBufferWriter.Rent();
        CharBufferWriter plainText = CharBufferWriter.Rent();
        try
        {
            var renderer = new HtmlRenderer(html);
            _pipeline.Setup(renderer);
            var images = ImmutableArray.CreateBuilder<ImageUse>();
            if (_images is not null)
            {
                renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new ResponsiveImageRenderer(_images, pageUrl, sourcePath, bodyLine, sink, images));
            }

            renderer.Render(document);
            string? sanitized = null;
            if (hasRawHtml)
            {
                MarkdownObject firstHtml = document.Descendants().First(node => node is HtmlBlock or HtmlInline);
                sanitized = _sanitizer.Sanitize(new string(html.Written), sourcePath, bodyLine + firstHtml.Line, sink);
            }

            PlainText.Write(document, plainText);
            return new RenderedMarkdown(
                XmlSafe(sanitized is null ? html.Written : sanitized),
                XmlSafeText.Clean(PlainText.FirstParagraph(document)),
                XmlSafe(plainText.Written),
                links)
            {
                Images = images.ToImmutable(),
            };
        }
        finally
        {
            plainText.Return();
            html.Return();
        }
    }

    /// <summary>The text as it is, or cleaned (a copy) in the rare body with characters XML forbids.</summary>
    private static ReadOnlySpan<char> XmlSafe(ReadOnlySpan<char> text) =>
        XmlSafeText.IsClean(text) ? text : XmlSafeText.Clean(new string(text));

    /// <summary>The page's title is its only h1: a body written with '#' headings moves down one level.</summary>
    private static void DemoteHeadingsBelowTitle(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>().ToList();
        if (headings.Any(h => h.Level == 1))
        {
            foreach (HeadingBlock heading in headings)
            {
                heading.Level = Math.Min(6, heading.Level + 1);
            }
        }
    }

    private static ImmutableArray<BodyLink> CollectLinks(MarkdownDocument document, string sourcePath, int bodyLine, IDiagnosticSink sink)
    {
        var links = ImmutableArray.CreateBuilder<BodyLink>();
        foreach (MarkdownObject node in document.Descendants())
        {
            (string? url, bool isImage) = node switch
            {
                LinkInline link => (link.Url, link.IsImage),
                AutolinkInline autolink => (autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, false),
                _ => (null, false),
            };
            if (url is null)
            {
                continue;
            }

            int line = bodyLine + node.Line;
            int column = node.Column + 1;
            if (!UrlSafety.IsSafeLink(url))
            {
                sink.Report(Diagnostic.Error(
                    MarkdownCodes.UnsafeLink,
                    $"the {(isImage ? "image" : "link")} '{Truncate(url)}' is not allowed: use an https:// address, a mailto: address or a path on this site",
                    new SourceLocation(sourcePath, line, column)));
                if (node is LinkInline unsafeLink)
                {
                    unsafeLink.Url = "#";
                }

                continue;
            }

            links.Add(new BodyLink(url, sourcePath, line, column, isImage));
        }

        return links.ToImmutable();
    }

    private static string Truncate(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
