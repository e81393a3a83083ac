using System.Runtime.CompilerServices;
using Annals.Web.Markdown;

namespace Annals.Web.Feeds;

/// <summary>
/// A body's HTML with site paths made absolute, made once per rendered body: the same item is in the main feed, its
/// topics' feeds and its series' feed, and a preview session keeps unchanged bodies from run to run.
/// </summary>
internal static class AbsoluteBodies
{
    private static readonly ConditionalWeakTable<RenderedMarkdown, Rewritten> Made = [];

    public static string Of(RenderedMarkdown body, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (Made.TryGetValue(body, out Rewritten? made) && made.BaseUrl == baseUrl)
        {
            return made.Html;
        }

        var rewritten = new Rewritten(baseUrl, AbsoluteLinks.Rewrite(body.Html, baseUrl));
        Made.AddOrUpdate(body, rewritten);
        return rewritten.Html;
    }

    private sealed record Rewritten(string BaseUrl, string Html);
}
