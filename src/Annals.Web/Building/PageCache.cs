using System.Collections.Concurrent;
using System.Text;
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
    private readonly ConcurrentQueue<string> _rendered = new();
    private int _reused;

    /// <summary>The URLs rendered since the last <see cref="Sweep"/>.</summary>
    public IReadOnlyCollection<string> Rendered => [.. _rendered];

    public int Reused => Volatile.Read(ref _reused);

    /// <summary>The page's HTML, rendered by <paramref name="render"/> unless the same model was rendered by the same theme.</summary>
    public byte[] GetOrRender(PageRequest request, UInt128 layout, Func<string> render)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(render);
        UInt128 model = ModelHasher.Hash(request.Layout, request.Model);
        if (_pages.TryGetValue(request.Url, out Entry? entry) && entry.Model == model && entry.Layout == layout)
        {
            entry.Used = true;
            Interlocked.Increment(ref _reused);
            return entry.Html;
        }

        byte[] html = Encoding.UTF8.GetBytes(render());
        _pages[request.Url] = new Entry(model, layout, html) { Used = true };
        _rendered.Enqueue(request.Url);
        return html;
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

        _rendered.Clear();
        Interlocked.Exchange(ref _reused, 0);
    }

    private sealed class Entry(UInt128 model, UInt128 layout, byte[] html)
    {
        public UInt128 Model { get; } = model;

        public UInt128 Layout { get; } = layout;

        public byte[] Html { get; } = html;

        public bool Used { get; set; }
    }
}
