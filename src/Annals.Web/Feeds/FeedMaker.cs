using Annals.Pipeline.Documents;
using Annals.Web.Archives;
using Annals.Web.Building;
using Annals.Web.Content;
using Annals.Web.Pages;

namespace Annals.Web.Feeds;

/// <summary>
/// Makes the feed documents of one run. In a preview session each feed's text is reused while its newest items are
/// the same objects (an unchanged file keeps its parsed item and body) and the settings and topic names are the same.
/// </summary>
internal sealed class FeedMaker
{
    private readonly SiteSettings _settings;
    private readonly OutputMemo? _memo;
    private readonly UInt128 _site;

    public FeedMaker(SiteSettings settings, SiteIndex index, OutputMemo? memo)
    {
        _settings = settings;
        _memo = memo;

        // Entries show an item's topics by name, and every URL is made absolute with the settings' base URL.
        _site = memo is null ? UInt128.Zero : ContentHash.Combine(
        [
            ModelHasher.Hash("feed-settings", settings),
            ModelHasher.Hash("feed-topics", index.Topics.Select(t => (object)new { t.Slug, t.Name }).ToArray()),
        ]);
    }

    /// <summary>An Atom feed of the newest <see cref="FeedContent.EntryCount"/> of <paramref name="items"/> (newest first).</summary>
    public Document Atom(string title, string selfPath, string pagePath, string? subtitle, IEnumerable<PublishedItem> items)
    {
        FeedChannel channel = FeedContent.Channel(_settings, title, selfPath, pagePath, subtitle);
        PublishedItem[] newest = [.. items.Take(FeedContent.EntryCount)];
        return Make(selfPath, channel, newest, () => AtomFeedWriter.Write(channel, FeedContent.Entries(_settings, newest)));
    }

    /// <summary>The JSON Feed of the newest items.</summary>
    public Document Json(string selfPath, IEnumerable<PublishedItem> items)
    {
        FeedChannel channel = FeedContent.Channel(_settings, _settings.Title, selfPath, "/", _settings.Description);
        PublishedItem[] newest = [.. items.Take(FeedContent.EntryCount)];
        return Make(selfPath, channel, newest, () => JsonFeedWriter.Write(channel, FeedContent.Entries(_settings, newest)));
    }

    private Document Make(string selfPath, FeedChannel channel, PublishedItem[] newest, Func<string> write)
    {
        string text = _memo is null ? write() : _memo.GetOrMake(selfPath, Stamp(channel, newest), write);
        return new Document(null, selfPath.TrimStart('/')).WithText(text);
    }

    private UInt128 Stamp(FeedChannel channel, PublishedItem[] newest)
    {
        var parts = new UInt128[(newest.Length * 2) + 2];
        parts[0] = _site;
        parts[1] = ModelHasher.Hash("feed-channel", channel);
        for (int i = 0; i < newest.Length; i++)
        {
            parts[(i * 2) + 2] = ObjectIdentity.Of(newest[i].Item);
            parts[(i * 2) + 3] = ObjectIdentity.Of(newest[i].Body);
        }

        return ContentHash.Combine(parts);
    }
}
