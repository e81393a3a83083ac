using System.Text.RegularExpressions;

namespace Annals.Web.Feeds;

/// <summary>
/// Feed readers show content away from the site, so site paths in it (<c>href="/news/..."</c>) must
/// become absolute, including each address in a picture's <c>srcset</c>. The body HTML was produced by our own
/// renderer, so its attribute syntax is regular.
/// </summary>
internal static partial class AbsoluteLinks
{
    public static string Rewrite(string html, string baseUrl)
    {
        string root = baseUrl.TrimEnd('/');
        string rewritten = SitePathAttribute().Replace(html, match => $"{match.Groups[1].Value}=\"{root}/");
        return rewritten.Contains("srcset=\"", StringComparison.Ordinal)
            ? SrcsetAttribute().Replace(rewritten, match => $"srcset=\"{SrcsetEntry().Replace(match.Groups[1].Value, entry => root + entry.Value)}\"")
            : rewritten;
    }

    [GeneratedRegex("(href|src)=\"/(?!/)", RegexOptions.CultureInvariant)]
    private static partial Regex SitePathAttribute();

    [GeneratedRegex("srcset=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex SrcsetAttribute();

    /// <summary>A candidate's address when it is a site path: at the start or after a comma, a '/' not followed by another.</summary>
    [GeneratedRegex("(?<=^|,\\s*)/(?!/)", RegexOptions.CultureInvariant)]
    private static partial Regex SrcsetEntry();
}
