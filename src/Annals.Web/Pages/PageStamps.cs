using System.Collections.Immutable;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Annals.Web.Archives;
using Annals.Web.Building;
using Annals.Web.Content;
using Annals.Web.Rendering;

namespace Annals.Web.Pages;

/// <summary>
/// Cheap fingerprints of what a page is made from, so that a preview session can tell, without making a page's view
/// model, that the page would render as it did last time.
/// </summary>
/// <remarks>
/// An item is fingerprinted by identity: a session's caches hand back the very same parsed item and rendered body
/// while the file is unchanged, and a changed file is parsed into new objects. Events, topics, series, settings and
/// asset URLs are fingerprinted by value, since they are small and some are rebuilt on every run. A stamp may
/// change when the page would not (the page is then rendered and compared by its model, see
/// <see cref="PageCache"/>); it never stays the same when the page would change, so it must cover every input a
/// page family reads — which is why each family builds its stamp next to its model.
/// </remarks>
public sealed class PageStamps
{

    /// <summary>A lead image's markup by value, hashed once per object (a session hands back the same one while no image changed).</summary>
    private static readonly ConditionalWeakTable<Images.ResponsiveImage, StrongBox<UInt128>> ImageValues = [];

    private readonly UInt128 _site;
    private readonly ImmutableDictionary<string, EventEntry> _eventsById;
    /// <summary>One hasher per thread, reset for each page: 15,000 pages a run, no hasher each.</summary>
    [ThreadStatic]
    private static XxHash128? t_hasher;

    /// <summary>
    /// Every item's and event's stamp, made up front over all cores: the page families (made on seven tasks at once)
    /// only read them. Filled on demand instead, the tables' locks were most of the time of making the families.
    /// </summary>
    private readonly Dictionary<PublishedItem, UInt128> _items;
    private readonly Dictionary<EventEntry, UInt128> _events;

    public PageStamps(SiteIndex index, SiteSettings settings, AssetUrls assets)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(assets);
        _eventsById = index.EventsById;

        _items = StampAll(index.Items, p => ItemValue(p, index.EventsById));
        _events = StampAll(index.Events, EventValue);
        var topics = index.Topics.Select(t => (object)new { t.Slug, t.Name, t.Description }).ToArray();
        var series = index.Series.Select(s => (object)new { s.Id, s.Name, s.Description }).ToArray();
        _site = ContentHash.Combine(
        [
            ModelHasher.Hash("settings", settings),
            ModelHasher.Hash("assets", assets),
            ModelHasher.Hash("topics", topics),
            ModelHasher.Hash("series", series),
        ]);
    }

    /// <summary>Everything every page shows: settings, asset URLs, the names of topics and series.</summary>
    public UInt128 Site => _site;

    /// <summary>An item as lists and its own page show it: its content, its body, its lead image and its event.</summary>
    public UInt128 Item(PublishedItem published)
    {
        ArgumentNullException.ThrowIfNull(published);
        return _items.TryGetValue(published, out UInt128 known) ? known : ItemValue(published, _eventsById);
    }

    private static UInt128 ItemValue(PublishedItem p, ImmutableDictionary<string, EventEntry> eventsById)
    {
        UInt128 eventInfo = p.Item.EventId is { } id && eventsById.TryGetValue(id, out EventEntry? entry)
            ? EventStamp.Of(entry.Event)
            : UInt128.Zero;
        // The lead image is resolved on every run: by value (its URLs carry the picture's content hash).
        UInt128 image = p.Image?.Image is { } lead
            ? ImageValues.GetValue(lead, static l => new StrongBox<UInt128>(ContentHash.Of(string.Join('\n', l.Src, l.Width, l.Height, l.WebpSrcset)))).Value
            : UInt128.Zero;
        return ContentHash.Combine([ObjectIdentity.Of(p.Item), ObjectIdentity.Of(p.Body), eventInfo, image]);
    }

    /// <summary>An event as its page shows it: its fields, its description and every report about it.</summary>
    public UInt128 Event(EventEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return _events.TryGetValue(entry, out UInt128 known) ? known : EventValue(entry);
    }

    private static Dictionary<T, UInt128> StampAll<T>(ImmutableArray<T> all, Func<T, UInt128> stamp)
        where T : class
    {
        var values = new UInt128[all.Length];
        Parallel.For(0, all.Length, i => values[i] = stamp(all[i]));
        var stamps = new Dictionary<T, UInt128>(all.Length, ReferenceEqualityComparer.Instance);
        for (int i = 0; i < all.Length; i++)
        {
            stamps[all[i]] = values[i];
        }

        return stamps;
    }

    private UInt128 EventValue(EventEntry e)
    {
        var parts = new UInt128[e.Reports.Length + 2];
        parts[0] = EventStamp.Of(e.Event);
        parts[1] = e.Description is null ? UInt128.Zero : ObjectIdentity.Of(e.Description);
        for (int i = 0; i < e.Reports.Length; i++)
        {
            parts[i + 2] = Item(e.Reports[i]);
        }

        return ContentHash.Combine(parts);
    }

    /// <summary>A page made from the site, the given numbers (page number, totals) and the given items.</summary>
    public UInt128 Of(string kind, ReadOnlySpan<long> numbers, IEnumerable<PublishedItem> items)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(items);
        // Hashed as it goes (the same value as combining the parts at once): 15,000 pages a run, no list of parts each.
        XxHash128 hash = t_hasher ??= new XxHash128();
        hash.Reset();
        Append(hash, _site);
        Append(hash, ContentHash.Of(kind));
        foreach (long number in numbers)
        {
            Append(hash, (ulong)number);
        }

        foreach (PublishedItem item in items)
        {
            Append(hash, Item(item));
        }

        return hash.GetCurrentHashAsUInt128();
    }

    private static void Append(XxHash128 hash, UInt128 part) => hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<UInt128>(in part)));

    /// <summary>A page made from the site and the given parts (other stamps).</summary>
    public UInt128 Of(string kind, params ReadOnlySpan<UInt128> parts)
    {
        ArgumentNullException.ThrowIfNull(kind);
        List<UInt128> all = [_site, ContentHash.Of(kind), .. parts];
        return ContentHash.Combine([.. all]);
    }
}
