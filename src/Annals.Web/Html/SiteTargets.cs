namespace Annals.Web.Html;

/// <summary>
/// Every address the built site answers: pages (<c>/news/2024/x/</c>) and files (<c>/assets/a.jpg</c>).
/// Resolves a link the way a browser and static hosting would, then says whether it lands somewhere.
/// </summary>
public sealed class SiteTargets
{
    private readonly HashSet<string> _paths;

    public SiteTargets(IEnumerable<string> destinations)
    {
        ArgumentNullException.ThrowIfNull(destinations);
        _paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (string destination in destinations)
        {
            string path = "/" + destination.TrimStart('/');
            _paths.Add(path);
            if (path.EndsWith("/index.html", StringComparison.Ordinal))
            {
                _paths.Add(path[..^"index.html".Length]);
            }
        }
    }

    /// <summary>The site path a link from <paramref name="pageUrl"/> leads to (query and fragment removed, dots resolved).</summary>
    public static string Resolve(string pageUrl, string link)
    {
        ArgumentNullException.ThrowIfNull(link);
        string path = link;
        int cut = path.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            path = path[..cut];
        }

        if (path.Length == 0)
        {
            return pageUrl;
        }

        var resolved = new Uri(new Uri("http://site" + pageUrl), path);
        return Uri.UnescapeDataString(resolved.AbsolutePath);
    }

    public bool Exists(string sitePath)
    {
        ArgumentNullException.ThrowIfNull(sitePath);
        return _paths.Contains(sitePath) || (!sitePath.EndsWith('/') && _paths.Contains(sitePath + "/"));
    }
}
