using System.Collections.Concurrent;
using Annals.Web.Rendering;

namespace Annals.Web.Building;

/// <summary>
/// The model hash of each item summary one run of the pages has met. A summary is one object shared by every list
/// that shows the item (home, year, topics, event: see <c>ViewMapper.Summary</c>) and immutable, so it is hashed
/// once and its hash added to each list's. Kept by object, for the run: the summaries live that long anyway, and a
/// table of weak references would add a GC handle per item for every collection to scan.
/// </summary>
internal sealed class SummaryHashes
{
    private readonly ConcurrentDictionary<ItemSummary, UInt128> _byObject = new(ReferenceEqualityComparer.Instance);

    public UInt128 Of(ItemSummary summary, Func<ItemSummary, UInt128> hash) => _byObject.GetOrAdd(summary, hash);
}
