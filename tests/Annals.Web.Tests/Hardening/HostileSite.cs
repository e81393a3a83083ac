using Annals.Web.Tests.Integration;
using Annals.Web.Tests.Images;

namespace Annals.Web.Tests.Hardening;

/// <summary>
/// A site whose every front-matter text and body tries to inject markup or script. It must still build (raw
/// HTML in a body is cleaned with a warning) and nothing executable may reach any output file.
/// </summary>
internal static class HostileSite
{
    /// <summary>Script, an event handler, quotes of both kinds, an ampersand and a template expression.</summary>
    public const string Payload = "<script>alert('x')</script><img src=x onerror=alert(1)> \"q\" 'a' & {{ include 'base' }}";

    public static readonly string[] VideoHosts = ["www.youtube-nocookie.com"];

    /// <summary>The site's own title differs from every page title, so that page titles read "PAGE — SITE".</summary>
    public const string SiteTitle = "Archive " + Payload;

    private static string SiteTitleYaml => "\"Archive " + Payload.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>The payload as a double-quoted YAML value.</summary>
    public static string Yaml => "\"" + Payload.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>An asset whose file name tries to close the attribute it is written in.</summary>
    public const string HostileAsset = "input/assets/q\"><svg onload=alert(1)>.png";

    public const string Body =
        "Text before.\n\n" +
        "<script>alert(1)</script>\n\n" +
        "<img src=x onerror=\"alert(2)\"> <a href=\"javascript:alert(3)\">a</a> <a href=\"JaVaScRiPt:alert(3)\">b</a>\n" +
        "<a href=\"jav&#x09;ascript:alert(4)\">c</a> <a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">d</a>\n" +
        "<a href=\"vbscript:msgbox(1)\">v</a> <img srcset=\"javascript:alert(1) 1x\"> <video poster=\"javascript:alert(1)\"></video>\n" +
        "<button formaction=\"javascript:alert(1)\">x</button> <details open ontoggle=alert(11)>t</details>\n\n" +
        "<iframe src=\"https://evil.example/x\"></iframe>\n\n" +
        "<iframe src=\"http://www.youtube-nocookie.com/embed/plain\"></iframe>\n\n" +
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>\n\n" +
        "<iframe src=\"https://www.youtube-nocookie.com/embed/ok\" title=\"Allowed video\" allowfullscreen></iframe>\n\n" +
        "<svg onload=alert(5)><script>alert(6)</script></svg>\n\n" +
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(7)></style></mglyph></table></mtext></math>\n\n" +
        "<style>body{display:none}</style>\n\n" +
        "<form action=\"https://evil.example/\"><input name=x></form>\n\n" +
        "<object data=\"x.swf\"></object><embed src=\"x.swf\"><base href=\"https://evil.example/\">\n\n" +
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(8)\">\n\n" +
        "<p style=\"position:fixed\">styled</p>\n\n" +
        "<div onclick=\"alert(9)\" onmouseover=\"alert(10)\">div</div>\n\n" +
        "<table><tr><td>kept table</td></tr></table>\n\n" +
        "<figure><img src=\"/assets/p.jpg\" alt=\"p\"><figcaption>kept figure</figcaption></figure>\n\n" +
        "![hostile name](</assets/q%22%3E%3Csvg%20onload=alert(1)%3E.png>) " +
        "[off site](https://example.org/\"><script>alert(1)</script>)\n\n" +
        "<!-- a comment --><![CDATA[ x ]]><noscript><img src=x onerror=alert(12)></noscript>\n\n" +
        "`<script>alert('code')</script>` and {{ include 'base' }} in text.\n";

    public static TestSite Create()
    {
        string p = Yaml;
        var site = new TestSite(withDefaultSettings: false);
        site.Add("input/site.yml", $"title: {SiteTitleYaml}\nbase_url: https://example.org\nlanguage: en\ndescription: {p}\norganization: {p}\nposts_per_page: 2\nvideo_hosts: [www.youtube-nocookie.com]\nnav:\n  - title: {p}\n    url: /events/\n  - title: Quote\n    url: \"/events/#\\\"><script>alert(1)</script>\"\n  - title: Off site\n    url: \"https://example.org/'onmouseover='alert(1)\"\n");
        site.Add("input/topics.yml", $"osce:\n  name: {p}\n  description: {p}\n");
        site.Add("input/series.yml", $"forum:\n  name: {p}\n  description: {p}\n");
        site.AddBytes("input/assets/p.jpg", TestImages.Jpeg(64, 48));
        site.AddBytes(HostileAsset, TestImages.Png(64, 48));
        site.Add(
            "input/events/forum-2024.md",
            $"---\nname: {p}\norganizer: {p}\nstart: 2024-04-15\nend: 2024-04-16\nlocation: {p}\nseries: forum\nedition: 3\ntheme: {p}\nwebsite: https://example.org/?a=1&b=\"2\"\nrecording: /events/\ntopics: [{p}, OSCE]\n---\n{Body}");
        site.Add(
            "input/posts/2024/hostile.md",
            $"---\ntitle: {p}\ndate: 2024-04-18\nsummary: {p}\ntopics: [{p}, OSCE]\nevent: forum-2024\n" +
            $"delegation:\n  - name: {p}\n    role: {p}\n  - {p}\nimage: \"assets/q\\\"><svg onload=alert(1)>.png\"\nimage_alt: {p}\nimage_caption: {p}\nimage_credit: {p}\n" +
            $"location: {p}\nvideo: https://example.org/watch?v=1&t=\"2\"\naliases: [/old/hostile.html]\ntype: statement\n---\n{Body}");
        site.Add(
            "input/posts/2024/inline.md",
            $"---\ntitle: Inline {p}\ndate: 2024-04-17\nevent:\n  id: inline-2024\n  name: {p}\n  organizer: {p}\n  start: 2024-04-17\n  location: {p}\n  theme: {p}\n---\n{Body}");
        site.Add("input/posts/2024/plain.md", $"---\ntitle: Plain\ndate: 2024-04-16\nsummary: {p}\n---\nNothing special.\n");
        return site;
    }
}
