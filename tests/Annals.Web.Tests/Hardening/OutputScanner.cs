using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Annals.Web.Tests.Hardening;

/// <summary>
/// Reads every file of a built site the way a browser or a feed reader would and lists everything that
/// could run script or smuggle content: script elements other than the theme's module script on the search
/// page and JSON-LD data blocks (exactly <c>type="application/ld+json"</c>, no <c>src</c>, text that is JSON
/// and holds no '&lt;', so nothing in it can end the element early), event-handler attributes,
/// javascript:/data:/vbscript: URLs, frames from hosts not allowed, inline styles, plugins, base and refresh
/// tags. XML and JSON files must parse; the HTML inside feeds (Atom <c>type="html"</c>, JSON Feed
/// <c>content_html</c>) is scanned like a page; iCalendar URLs must be safe.
/// </summary>
internal static class OutputScanner
{
    private static readonly HtmlParser Parser = new();

    private static readonly string[] UrlAttributes =
        ["href", "src", "action", "formaction", "poster", "data", "cite", "background", "xlink:href", "srcdoc", "ping", "manifest"];

    /// <summary>JSON properties that hold a URL (the search index's and JSON Feed's).</summary>
    private static readonly string[] JsonUrlProperties =
        ["u", "url", "href", "external_url", "image", "banner_image", "home_page_url", "feed_url", "icon", "favicon", "avatar"];

    private static readonly string[] ForbiddenElements =
        ["object", "embed", "applet", "base", "frame", "frameset", "style", "portal", "noembed", "template"];

    public static IReadOnlyList<string> Problems(string outputRoot, IReadOnlyCollection<string> videoHosts)
    {
        var problems = new List<string>();
        foreach (string file in Directory.EnumerateFiles(outputRoot, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string path = Path.GetRelativePath(outputRoot, file).Replace(Path.DirectorySeparatorChar, '/');
            void Report(string problem) => problems.Add($"{path}: {problem}");
            switch (Path.GetExtension(file))
            {
                case ".html":
                    ScanHtml(Parser.ParseDocument(File.ReadAllText(file)), path == "search/index.html", videoHosts, Report);
                    break;
                case ".xml":
                    ScanXml(File.ReadAllText(file), videoHosts, Report);
                    break;
                case ".json":
                    ScanJson(File.ReadAllText(file), videoHosts, Report);
                    break;
                case ".ics":
                    ScanCalendar(File.ReadAllLines(file), Report);
                    break;
                case "" when path == "_redirects":
                    ScanRedirects(File.ReadAllLines(file), Report);
                    break;
                default:
                    break;
            }
        }

        return problems;
    }

    /// <summary>True for a URL a browser would run or render as a document of its own.</summary>
    public static bool IsDangerousUrl(string? value)
    {
        if (value is null)
        {
            return false;
        }

        string squeezed = new([.. value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
        return squeezed.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || squeezed.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)
            || squeezed.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
            || squeezed.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
    }

    private static void ScanHtml(IParentNode root, bool isSearchPage, IReadOnlyCollection<string> videoHosts, Action<string> report)
    {
        foreach (IElement element in root.QuerySelectorAll("*"))
        {
            string name = element.LocalName;
            if (name == "script")
            {
                CheckScript(element, isSearchPage, report);
            }
            else if (ForbiddenElements.Contains(name, StringComparer.Ordinal))
            {
                report($"<{name}> element");
            }
            else if (name == "iframe" && !IsAllowedFrame(element.GetAttribute("src"), videoHosts))
            {
                report($"<iframe> from '{element.GetAttribute("src")}'");
            }
            else if (name == "meta" && element.GetAttribute("http-equiv") is { } equiv && equiv.Equals("refresh", StringComparison.OrdinalIgnoreCase))
            {
                report("<meta http-equiv=refresh>");
            }
            else if (name == "form" && element.GetAttribute("action") != "/search/")
            {
                report($"<form action='{element.GetAttribute("action")}'>");
            }

            foreach (IAttr attribute in element.Attributes)
            {
                string attributeName = attribute.Name.ToLowerInvariant();
                if (attributeName.StartsWith("on", StringComparison.Ordinal))
                {
                    report($"<{name} {attribute.Name}=...> event handler");
                }
                else if (attributeName == "style")
                {
                    report($"<{name} style=...> inline style");
                }
                else if ((UrlAttributes.Contains(attributeName, StringComparer.Ordinal) && IsDangerousUrl(attribute.Value))
                    || (attributeName == "srcset" && attribute.Value.Split(',').Any(candidate => IsDangerousUrl(candidate.Trim())))
                    || attributeName == "srcdoc")
                {
                    report($"<{name} {attribute.Name}='{attribute.Value}'>");
                }
            }
        }
    }

    private static void CheckScript(IElement script, bool isSearchPage, Action<string> report)
    {
        string? type = script.GetAttribute("type");
        if (type == "application/ld+json")
        {
            CheckDataBlock(script, report);
            return;
        }

        bool themeModule = type == "module" && isSearchPage && script.TextContent.Length == 0
            && script.GetAttribute("src") is { } src && src.StartsWith("/_theme/js/", StringComparison.Ordinal);
        if (!themeModule)
        {
            report($"<script type='{type}' src='{script.GetAttribute("src")}'>{script.TextContent}");
        }
    }

    /// <summary>A JSON-LD data block: never fetched, never run, and its text must be JSON without a raw '&lt;'.</summary>
    private static void CheckDataBlock(IElement script, Action<string> report)
    {
        string text = script.TextContent;
        if (script.Attributes.Any(a => a.Name is not "type"))
        {
            report($"JSON-LD <script> with attributes other than type: {string.Join(' ', script.Attributes.Select(a => a.Name))}");
        }

        if (text.Contains('<', StringComparison.Ordinal))
        {
            report("JSON-LD with a raw '<' (it could end the script element): " + text);
        }

        try
        {
            using JsonDocument json = JsonDocument.Parse(text);
        }
        catch (JsonException exception)
        {
            report("JSON-LD that is not JSON: " + exception.Message);
        }
    }

    private static bool IsAllowedFrame(string? source, IReadOnlyCollection<string> videoHosts) =>
        Uri.TryCreate(source, UriKind.Absolute, out Uri? uri) && uri.Scheme == Uri.UriSchemeHttps
        && videoHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase);

    private static void ScanXml(string text, IReadOnlyCollection<string> videoHosts, Action<string> report)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(text);
        }
        catch (System.Xml.XmlException exception)
        {
            report("not well-formed XML: " + exception.Message);
            return;
        }

        foreach (XElement element in document.Descendants())
        {
            if ((string?)element.Attribute("type") == "html")
            {
                ScanHtml(Parser.ParseDocument("<body>" + element.Value), isSearchPage: false, videoHosts, report);
            }

            if (IsDangerousUrl((string?)element.Attribute("href")) || (element.Name.LocalName is "loc" or "id" && IsDangerousUrl(element.Value)))
            {
                report($"<{element.Name.LocalName}> with a dangerous URL");
            }
        }
    }

    private static void ScanJson(string text, IReadOnlyCollection<string> videoHosts, Action<string> report)
    {
        try
        {
            using JsonDocument json = JsonDocument.Parse(text);
            ScanJsonValue(json.RootElement, null, videoHosts, report);
        }
        catch (JsonException exception)
        {
            report("not valid JSON: " + exception.Message);
        }
    }

    private static void ScanJsonValue(JsonElement value, string? property, IReadOnlyCollection<string> videoHosts, Action<string> report)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty child in value.EnumerateObject())
                {
                    ScanJsonValue(child.Value, child.Name, videoHosts, report);
                }

                break;
            case JsonValueKind.Array:
                foreach (JsonElement item in value.EnumerateArray())
                {
                    ScanJsonValue(item, property, videoHosts, report);
                }

                break;
            case JsonValueKind.String when JsonUrlProperties.Contains(property, StringComparer.Ordinal) && IsDangerousUrl(value.GetString()):
                report($"JSON '{property}' with a dangerous URL: {value.GetString()}");
                break;
            case JsonValueKind.String when property == "content_html":
                ScanHtml(Parser.ParseDocument("<body>" + value.GetString()), isSearchPage: false, videoHosts, report);
                break;
            default:
                break;
        }
    }

    /// <summary>A URL property (<c>URL:</c>, <c>URL;VALUE=URI:</c>) must not be one a browser would run.</summary>
    private static void ScanCalendar(string[] lines, Action<string> report)
    {
        string unfolded = string.Join('\n', lines).Replace("\n ", string.Empty, StringComparison.Ordinal).Replace("\n\t", string.Empty, StringComparison.Ordinal);
        foreach (string line in unfolded.Split('\n'))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Split(';')[0].Equals("URL", StringComparison.OrdinalIgnoreCase) && IsDangerousUrl(line[(colon + 1)..]))
            {
                report($"iCalendar URL that is dangerous: {line}");
            }
        }
    }

    /// <summary>Each rule is exactly <c>FROM TO 301</c>, two site paths without white space; comments start with '#'.</summary>
    private static void ScanRedirects(string[] lines, Action<string> report)
    {
        foreach (string line in lines)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            string[] fields = line.Split(' ');
            bool ok = fields.Length == 3 && fields[2] == "301"
                && fields[..2].All(f => f.StartsWith('/') && !f.StartsWith("//", StringComparison.Ordinal) && !f.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c > '\u007E'));
            if (!ok)
            {
                report($"_redirects line '{line}' is not 'FROM TO 301' with two plain ASCII site paths");
            }
        }
    }
}
