using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Annals.Web.Rendering;

/// <summary>
/// The output of each cached include (<c>include_cached</c>) during one build, as UTF-8, shared by every page that
/// build renders. An item's summary is drawn on its year's page, its topics' pages, its event's page and a home page:
/// rendered once, it is copied on the others (at 10,000 items, 20,000 summaries rendered instead of 50,000).
/// </summary>
/// <param name="capacityBytes">
/// How much output is kept at most; past it, new outputs are rendered and written but not remembered, so a very large
/// archive does not hold every summary twice over.
/// </param>
public sealed class RenderedPartials(long capacityBytes = RenderedPartials.DefaultCapacityBytes)
{
    /// <summary>
    /// About 38,000 item summaries: every summary of a 10,000-item archive (17 MB), and a bound on what a 100,000-item
    /// build, which needs its memory for more than this, holds on top.
    /// </summary>
    public const long DefaultCapacityBytes = 32L << 20;

    private readonly ConcurrentDictionary<PartialKey, byte[]> _outputs = new();
    private long _bytes;

    /// <summary>How many outputs are remembered.</summary>
    public int Count => _outputs.Count;

    internal bool TryGet(PartialKey key, [NotNullWhen(true)] out byte[]? utf8) => _outputs.TryGetValue(key, out utf8);

    /// <summary>Remembers an output, unless that would pass the capacity. Two threads may render one key at once: both outputs are the same.</summary>
    internal void Remember(PartialKey key, byte[] utf8)
    {
        if (Volatile.Read(ref _bytes) + utf8.Length <= capacityBytes && _outputs.TryAdd(key, utf8))
        {
            Interlocked.Add(ref _bytes, utf8.Length);
        }
    }
}
