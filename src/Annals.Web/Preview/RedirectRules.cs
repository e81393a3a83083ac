namespace Annals.Web.Preview;

/// <summary>
/// The rules of a Netlify <c>_redirects</c> file as the preview honours them: <c>/from /to [status]</c>, one per
/// line, exact paths (the generator writes no wildcards), first rule wins, status 301 unless another is given.
/// Comments (<c>#</c>) and blank lines are skipped.
/// </summary>
public sealed class RedirectRules
{
    public static readonly RedirectRules None = new([]);

    private readonly Dictionary<string, (string To, int Status)> _rules;

    private RedirectRules(Dictionary<string, (string To, int Status)> rules) => _rules = rules;

    public static RedirectRules Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rules = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2)
            {
                continue;
            }

            int status = parts.Length > 2 && int.TryParse(parts[2].TrimEnd('!'), System.Globalization.CultureInfo.InvariantCulture, out int given) ? given : 301;
            rules.TryAdd(parts[0], (parts[1], status));
        }

        return new RedirectRules(rules);
    }

    /// <summary>Where a path redirects to, trying it with and without a trailing slash as Netlify does.</summary>
    public bool TryMatch(string path, out string to, out int status)
    {
        ArgumentNullException.ThrowIfNull(path);
        string other = path.EndsWith('/') && path.Length > 1 ? path[..^1] : path + "/";
        if (_rules.TryGetValue(path, out var rule) || _rules.TryGetValue(other, out rule))
        {
            (to, status) = rule;
            return true;
        }

        (to, status) = (string.Empty, 0);
        return false;
    }
}
