using Annals.Pipeline.Diagnostics;
using Annals.Web.Content;

namespace Annals.Web.Pages;

/// <summary>Finds items that would be published at the same URL and says how to tell them apart.</summary>
public static class DuplicateUrls
{
    /// <returns>The items to publish: of each clashing group, none (every file involved gets an error).</returns>
    public static IReadOnlyList<PublishedItem> Report(IReadOnlyList<PublishedItem> items, IDiagnosticSink sink)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(sink);
        var clashes = items.GroupBy(p => p.Item.Url, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList();
        foreach (var clash in clashes)
        {
            foreach (PublishedItem published in clash)
            {
                NewsItem item = published.Item;
                string others = string.Join(", ", clash.Where(p => p != published).Select(p => p.Item.SourcePath));
                string key = item.Lines.Contains("slug") ? "slug" : "title";
                sink.Report(Diagnostic.Error(
                    PageCodes.DuplicateUrl,
                    $"this item and {others} would both be published at {item.Url}: give one of them a different 'slug:' (or title)",
                    new SourceLocation(item.SourcePath, item.Lines[key])));
            }
        }

        if (clashes.Count == 0)
        {
            return items;
        }

        var clashing = clashes.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        return [.. items.Where(p => !clashing.Contains(p.Item.Url))];
    }
}
