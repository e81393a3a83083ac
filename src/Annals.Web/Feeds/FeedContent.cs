using Annals.Web.Content;
using Annals.Web.Pages;

namespace Annals.Web.Feeds;

/// <summary>
/// The channel and entries every feed is written from, whatever its format: absolute URLs, the date as written
/// (its own offset kept), the description pages use, the body with site paths made absolute.
/// </summary>
public static class FeedContent
{
    /// <summary>How many of the newest items a feed holds.</summary>
    public const int EntryCount = 20;

    public static FeedChannel Channel(SiteSettings settings, string title, string selfPath, string pagePath, string? subtitle)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new FeedChannel(
            title,
            SiteUrls.Absolute(settings.BaseUrl, selfPath),
            SiteUrls.Absolute(settings.BaseUrl, pagePath),
            subtitle,
            settings.Organization ?? settings.Title,
            settings.Language);
    }

    /// <param name="settings">The site's settings (for absolute URLs).</param>
    /// <param name="items">Newest first; only the first <see cref="EntryCount"/> are read.</param>
    public static FeedEntry[] Entries(SiteSettings settings, IEnumerable<PublishedItem> items)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(items);
        return [.. items.Take(EntryCount).Select(p => new FeedEntry(
            p.Item.Title,
            SiteUrls.Absolute(settings.BaseUrl, p.Item.Url),
            p.Item.Date.ToDateTimeOffset(),
            ViewMapper.Description(p.Item, p.Body),
            AbsoluteBodies.Of(p.Body, settings.BaseUrl),
            [.. p.Item.Topics.Select(t => t.Name)],
            [.. p.Item.Delegation.Select(d => d.Name)])
        {
            ImageUrl = p.Item.Image is { } image ? SiteUrls.AbsoluteOrExternal(settings.BaseUrl, ViewMapper.ImageUrl(image)) : null,
        })];
    }
}
