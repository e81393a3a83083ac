using System.Collections.Concurrent;
using Annals.Web.Pages;

namespace Annals.Web.Building;

/// <summary>
/// Renders a page only when what it shows changed: each page's HTML is kept with a hash of its layout's templates
/// (see <see cref="ThemeCache.FingerprintOf"/>) and of its view model. A changed post changes its own model, its neighbours' (their
/// previous/next links), and the lists that show it, and only those are rendered again. The HTML is kept as UTF-8
/// bytes, which is what the preview server sends.
/// </summary>
public sealed class PageCache
{
    private readonly ConcurrentDictionary<string, Entry> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _destinations = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _rendered = new();
    private int _reused;
    private int _reusedByStamp;

    /// <summary>The URLs rendered since the last <see cref="Sweep"/>.</summary>
    public IReadOnlyCollection<string> Rendered => [.. _rendered];

    public int Reused => Volatile.Read(ref _reused);

    /// <summary>Of <see cref="Reused"/>, the pages reused by their input stamp alone, without making their model.</summary>
    public int ReusedByStamp => Volatile.Read(ref _reusedByStamp);

    /// <summary>
    /// The page's HTML, rendered by <paramref name="render"/> unless the same theme rendered it last time from the same
    /// inputs (its <see cref="PageRequest.InputStamp"/>: the model is not even made) or the same model.
    /// </summary>
    public byte[] GetOrRender(PageRequest request, UInt128 layout, Func<byte[]> render)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(render);
        _pages.TryGetValue(request.Url, out Entry? entry);
        if (entry is not null && entry.Layout == layout && request.InputStamp is { } stamp && entry.Stamp == stamp)
        {
            Interlocked.Increment(ref _reusedByStamp);
            return Reuse(entry);
        }

        UInt128 model = ModelHasher.Hash(request.Layout, request.Model);
        if (entry is not null && entry.Model == model && entry.Layout == layout)
        {
            entry.Stamp = request.InputStamp;
            return Reuse(entry);
        }

        byte[] html = render();
        _pages[request.Url] = new Entry(model, layout, html) { Used = true, Stamp = request.InputStamp };
        _rendered.Enqueue(request.Url);
        return html;
    }

    /// <summary>The output file of a page URL (see <see cref="SiteUrls.ToDestination"/>), made once per session rather than once per run.</summary>
    public string DestinationOf(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return _destinations.GetOrAdd(url, SiteUrls.ToDestination);
    }

    private byte[] Reuse(Entry entry)
    {
        entry.Used = true;
        Interlocked.Increment(ref _reused);
        return entry.Html;
    }

    /// <summary>Starts counting anew and, when <paramref name="dropUnused"/>, drops the pages the last run did not produce.</summary>
    public void Sweep(bool dropUnused = true)
    {
        foreach (KeyValuePair<string, Entry> pair in _pages)
        {
            if (!pair.Value.Used && dropUnused)
            {
                _pages.TryRemove(pair);
            }
            else
            {
                pair.Value.Used = false;
            }
        }

        foreach (string url in _destinations.Keys)
        {
            if (!_pages.ContainsKey(url))
            {
                _destinations.TryRemove(url, out _);
            }
        }

        _rendered.Clear();
        Interlocked.Exchange(ref _reused, 0);
        Interlocked.Exchange(ref _reusedByStamp, 0);
    }

    private sealed class Entry(UInt128 model, UInt128 layout, byte[] html)
    {
        public UInt128 Model { get; } = model;

        public UInt128 Layout { get; } = layout;

        public byte[] Html { get; } = html;

        public bool Used { get; set; }

        /// <summary>The input stamp of the request that last rendered or matched this HTML.</summary>
        public UInt128? Stamp { get; set; }
    }
}
