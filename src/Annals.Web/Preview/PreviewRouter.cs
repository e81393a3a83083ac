using Annals.Web.Building;

namespace Annals.Web.Preview;

/// <summary>
/// Maps a request path to a file of the site the way Netlify does: <c>/news/x/</c> is <c>news/x/index.html</c>,
/// <c>/news/x</c> redirects to <c>/news/x/</c> when that page exists, a path with no file follows
/// <c>_redirects</c>, and anything else gets <c>404.html</c> with status 404. A path with a <c>..</c> or <c>.</c>
/// segment (also written <c>%2e%2e</c>), a backslash or a control character is refused: the site is a map of its
/// own paths, so nothing outside it could be reached anyway, and such a request is never a reader's.
/// </summary>
public static class PreviewRouter
{
    public const string NotFoundPage = "404.html";
    public const string RedirectsFile = "_redirects";

    /// <param name="site">The site being served.</param>
    /// <param name="rawPath">The path as sent, still percent-encoded, without the query.</param>
    /// <param name="redirects">The rules of the site's <c>_redirects</c>.</param>
    public static Route Resolve(SiteSnapshot site, string rawPath, RedirectRules redirects)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(redirects);
        if (Decode(rawPath) is not { } path)
        {
            return Route.Refused();
        }

        string key = path.TrimStart('/');
        if (key.Length == 0 || key.EndsWith('/'))
        {
            key += "index.html";
        }

        if (site.Find(key) is not null)
        {
            return Route.File(key);
        }

        if (!path.EndsWith('/') && site.Find(key + "/index.html") is not null)
        {
            return Route.Redirect(path + "/", 301);
        }

        if (!path.EndsWith('/') && site.Find(key + ".html") is not null)
        {
            return Route.File(key + ".html");
        }

        if (redirects.TryMatch(path, out string to, out int status))
        {
            return Route.Redirect(to, status);
        }

        return Route.NotFound(site.Find(NotFoundPage) is null ? null : NotFoundPage);
    }

    /// <summary>The decoded path, or null when it is not a plain path inside the site.</summary>
    public static string? Decode(string rawPath)
    {
        if (string.IsNullOrEmpty(rawPath) || rawPath[0] != '/')
        {
            return null;
        }

        string path;
        try
        {
            path = Uri.UnescapeDataString(rawPath);
        }
        catch (UriFormatException)
        {
            return null;
        }

        if (path.Any(c => char.IsControl(c) || c == '\\') || path.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (string segment in path.Split('/'))
        {
            if (segment is "." or "..")
            {
                return null;
            }
        }

        return path;
    }
}
