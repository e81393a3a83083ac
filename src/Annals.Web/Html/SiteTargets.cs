namespace Annals.Web.Html;

/// <summary>
/// Every address the built site answers: pages (<c>/news/2024/x/</c>) and files (<c>/assets/a.jpg</c>).
/// Resolves a link the way a browser and static hosting would, then says whether it lands somewhere.
/// </summary>
public sealed class SiteTargets
{
    private const string IndexFile = "index.html";

    /// <summary>The output files, as written (<c>news/2024/x/index.html</c>); a site path is matched against them without making strings.</summary>
    private readonly HashSet<string> _files;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public SiteTargets(IEnumerable<string> destinations)
    {
        ArgumentNullException.ThrowIfNull(destinations);
        _files = new HashSet<string>(destinations.Select(d => d.TrimStart('/')), StringComparer.Ordinal);
        _lookup = _files.GetAlternateLookup<ReadOnlySpan<char>>();
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

    /// <summary>
    /// Whether a site path lands on a file: <c>/assets/a.jpg</c> on that file, <c>/news/x/</c> on
    /// <c>news/x/index.html</c>, and <c>/news/x</c> too (static hosting adds the slash).
    /// </summary>
    public bool Exists(string sitePath)
    {
        ArgumentNullException.ThrowIfNull(sitePath);
        if (!sitePath.StartsWith('/'))
        {
            return false;
        }

        ReadOnlySpan<char> file = sitePath.AsSpan(1);
        if (_lookup.Contains(file))
        {
            return true;
        }

        // A folder's address: its index file, with or without the final slash.
        bool slashed = file.IsEmpty || file[^1] == '/';
        int length = file.Length + (slashed ? 0 : 1) + IndexFile.Length;
        Span<char> index = length <= 512 ? stackalloc char[length] : new char[length];
        file.CopyTo(index);
        if (!slashed)
        {
            index[file.Length] = '/';
        }

        IndexFile.AsSpan().CopyTo(index[(length - IndexFile.Length)..]);
        return _lookup.Contains(index) || (!slashed && _lookup.Contains(index[..(file.Length + 1)]));
    }
}
