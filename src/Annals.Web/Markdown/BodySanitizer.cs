using Annals.Pipeline.Diagnostics;
using Ganss.Xss;

namespace Annals.Web.Markdown;

/// <summary>
/// Cleans raw HTML that staff pasted into Markdown: no script, no event handlers, no inline styles, no forms,
/// no javascript: or data: URLs; iframes only from the video hosts the site allows. Only used on bodies
/// that contain raw HTML, because sanitizing costs a full HTML parse.
/// </summary>
public sealed class BodySanitizer
{
    private static readonly string[] FormTags = ["form", "input", "button", "select", "option", "optgroup", "textarea", "datalist", "output", "keygen"];

    private readonly HashSet<string> _videoHosts;

    public BodySanitizer(IEnumerable<string> videoHosts)
    {
        _videoHosts = new HashSet<string>(videoHosts, StringComparer.OrdinalIgnoreCase);
    }

    public string Sanitize(string html, string sourcePath, int line, IDiagnosticSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedTags.Add("iframe");
        sanitizer.AllowedTags.Add("figure");
        sanitizer.AllowedTags.Add("figcaption");
        sanitizer.AllowedAttributes.Add("allowfullscreen");
        sanitizer.AllowedAttributes.Add("title");
        sanitizer.AllowedAttributes.Add("loading");

        // The responsive pictures the renderer writes for this site's images (a body with raw HTML is cleaned whole).
        sanitizer.AllowedTags.Add("picture");
        sanitizer.AllowedTags.Add("source");
        sanitizer.AllowedAttributes.Add("srcset");
        sanitizer.AllowedAttributes.Add("sizes");
        sanitizer.AllowedAttributes.Add("decoding");

        // HtmlSanitizer keeps forms by default: a pasted form could collect readers' data for another site.
        foreach (string tag in FormTags)
        {
            sanitizer.AllowedTags.Remove(tag);
        }

        sanitizer.AllowedAttributes.Remove("formaction");
        var location = new SourceLocation(sourcePath, line);
        sanitizer.RemovingTag += (_, e) => sink.Report(Diagnostic.Warning(
            MarkdownCodes.HtmlRemoved,
            $"removed <{e.Tag.TagName.ToLowerInvariant()}> from the body: it is not allowed in published pages",
            location));
        sanitizer.RemovingAttribute += (_, e) => sink.Report(Diagnostic.Warning(
            MarkdownCodes.HtmlRemoved,
            $"removed the attribute '{e.Attribute.Name}' from <{e.Tag.TagName.ToLowerInvariant()}>: it is not allowed in published pages",
            location));
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "iframe" } frame && !IsAllowedVideo(frame.GetAttribute("src")))
            {
                sink.Report(Diagnostic.Warning(
                    MarkdownCodes.HtmlRemoved,
                    $"removed an embedded frame from '{frame.GetAttribute("src")}': only videos from {string.Join(", ", _videoHosts.Order(StringComparer.Ordinal))} can be embedded (site.yml, video_hosts)",
                    location));
                frame.Remove();
            }
        };
        return sanitizer.Sanitize(html);
    }

    private bool IsAllowedVideo(string? source) =>
        Uri.TryCreate(source, UriKind.Absolute, out Uri? uri) &&
        uri.Scheme == Uri.UriSchemeHttps &&
        _videoHosts.Contains(uri.Host);
}
