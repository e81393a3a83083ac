using System.Text.RegularExpressions;

namespace Annals.Web.Feeds;

/// <summary>
/// Feed readers show content away from the site, so site paths in it (<c>href="/news/..."</c>) must
/// become absolute. The body HTML was produced by our own renderer, so its attribute syntax is regular.
/// </summary>
internal static partial class AbsoluteLinks
{
    public static string Rewrite(string html, string baseUrl) =>
        SitePathAttribute().Replace(html, match => $"{match.Groups[1].Value}=\"{baseUrl.TrimEnd('/')}/");

    [GeneratedRegex("(href|src)=\"/(?!/)", RegexOptions.CultureInvariant)]
    private static partial Regex SitePathAttribute();
}
