namespace Annals.Web.Preview;

/// <summary>
/// Collects the garbage of a rebuild while the person at the browser reads its result, so that the next save starts
/// with an empty young generation and its rebuild is not paused by a collection.
/// </summary>
/// <remarks>
/// At 10,000 items a one-post rebuild allocates about 50 MB, about one young-generation budget: most rebuilds were
/// paused once, and with a large heap behind it that pause was 80-130 ms of a 250 ms rebuild. Collected here, after
/// <see cref="Schedule"/>'s wait and only while no file changes, it costs the same but nobody waits for it. A save
/// that comes during the collection waits for the rest of it (tens of milliseconds), which is rare: the wait starts
/// when the page has been told to reload. After a rebuild only the young generations are collected (a full
/// collection of a gigabyte heap takes longer than the rebuild); after the first build, whose garbage fills the old
/// generation, the whole heap is, once: left there, it made the first save's rebuild collect it (550 ms at 10k).
/// </remarks>
/// <param name="wait">How long nothing must change before collecting.</param>
/// <param name="quietFor">Whether the watched files have been still for at least the given time.</param>
/// <param name="oldGenerationGrew">Whether the whole heap is due a collection; by default, <see cref="HeapGrewByAFifth"/>.</param>
public sealed class IdleGarbageCollector(TimeSpan wait, Func<TimeSpan, bool> quietFor, Func<bool>? oldGenerationGrew = null)
{
    private readonly Func<bool> _oldGenerationGrew = oldGenerationGrew ?? HeapGrewByAFifth;

    private readonly Lock _lock = new();
    private CancellationTokenSource? _pending;
    private bool _fullPending;
    private int _collections;
    private int _fullCollections;

    /// <summary>How many collections ran (for tests and <c>--verbose</c>).</summary>
    public int Collections => Volatile.Read(ref _collections);

    /// <summary>How many of <see cref="Collections"/> were of the whole heap.</summary>
    public int FullCollections => Volatile.Read(ref _fullCollections);

    /// <summary>Collects after the wait, unless a file changes or <see cref="Cancel"/> is called first.</summary>
    /// <param name="full">
    /// Collect the whole heap, not only the young generations; a full collection asked for and not yet done stays
    /// asked for by the next schedules.
    /// </param>
    public Task Schedule(bool full = false)
    {
        var next = new CancellationTokenSource();
        lock (_lock)
        {
            _pending?.Cancel();
            _pending?.Dispose();
            _pending = next;
            _fullPending |= full;
        }

        return CollectAsync(next.Token);
    }

    /// <summary>
    /// Whether the heap has grown by a fifth since the last full collection: each rebuild leaves the objects of the
    /// run before it in the old generation, and the runtime would collect them during a rebuild (400 ms at 10k).
    /// </summary>
    public static bool HeapGrewByAFifth()
    {
        GCMemoryInfo lastFull = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        return lastFull.Index > 0 && GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes > lastFull.HeapSizeBytes * 6 / 5;
    }

    /// <summary>Called when a rebuild starts: a collection then would pause it.</summary>
    public void Cancel()
    {
        lock (_lock)
        {
            _pending?.Cancel();
        }
    }

    private async Task CollectAsync(CancellationToken token)
    {
        try
        {
            await Task.Delay(wait, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        // While a change is being batched, its rebuild will schedule the next collection.
        if (quietFor(wait) && !token.IsCancellationRequested)
        {
            bool full;
            lock (_lock)
            {
                full = _fullPending || _oldGenerationGrew();
                _fullPending = false;
            }

            GC.Collect(full ? GC.MaxGeneration : 1, GCCollectionMode.Forced, blocking: true, compacting: full);
            Interlocked.Increment(ref _collections);
            if (full)
            {
                Interlocked.Increment(ref _fullCollections);
            }
        }
    }
}
