using System.Runtime.CompilerServices;
using Annals.Web.Markdown;

namespace Annals.Web.Html;

/// <summary>
/// The site path each internal link of a body leads to, resolved once per body and page address and kept for as
/// long as the body lives. A preview session hands back the same body object while its file is unchanged, so after
/// an edit only the edited body's links are resolved again; the check itself is then a set lookup per link.
/// </summary>
public sealed class ResolvedLinks
{
    private readonly ConditionalWeakTable<RenderedMarkdown, Resolution> _resolved = [];

    /// <summary>Aligned with <paramref name="body"/>'s links: the site path of each internal one, null for the others.</summary>
    public IReadOnlyList<string?> Of(RenderedMarkdown body, string pageUrl)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(pageUrl);
        if (_resolved.TryGetValue(body, out Resolution? known) && known.PageUrl == pageUrl)
        {
            return known.Paths;
        }

        Resolution made = new(pageUrl, Resolve(body, pageUrl));
        _resolved.AddOrUpdate(body, made);
        return made.Paths;
    }

    public static string?[] Resolve(RenderedMarkdown body, string pageUrl)
    {
        ArgumentNullException.ThrowIfNull(body);
        return [.. body.Links.Select(link => UrlSafety.IsInternal(link.Url) ? SiteTargets.Resolve(pageUrl, link.Url) : null)];
    }

    private sealed record Resolution(string PageUrl, string?[] Paths);
}
