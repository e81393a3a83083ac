using System.Collections.Concurrent;
using Annals.Pipeline.Diagnostics;

namespace Annals.Web.Building;

/// <summary>
/// Remembers, per key (a file, a page URL), the result of a computation, the input it was computed from and the
/// diagnostics it reported; while the input stays equal, the result is reused and its diagnostics are reported
/// again. Thread-safe. Entries not used during a run are dropped by <see cref="Sweep"/>, so deleted files do not
/// keep their results alive.
/// </summary>
public sealed class MemoTable<TKey, TInput, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries;
    private readonly IEqualityComparer<TInput> _inputs;
    private int _run;
    private int _hits;
    private int _misses;

    public MemoTable(IEqualityComparer<TKey>? keys = null, IEqualityComparer<TInput>? inputs = null)
    {
        _entries = new ConcurrentDictionary<TKey, Entry>(keys ?? EqualityComparer<TKey>.Default);
        _inputs = inputs ?? EqualityComparer<TInput>.Default;
    }

    /// <summary>Results reused since the last <see cref="Sweep"/>.</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>Results computed since the last <see cref="Sweep"/>.</summary>
    public int Misses => Volatile.Read(ref _misses);

    public int Count => _entries.Count;

    public bool TryReuse(TKey key, TInput input, IDiagnosticSink sink, out TValue value)
    {
        ArgumentNullException.ThrowIfNull(sink);
        if (_entries.TryGetValue(key, out Entry? entry) && _inputs.Equals(entry.Input, input))
        {
            entry.LastRun = Volatile.Read(ref _run);
            foreach (Diagnostic diagnostic in entry.Diagnostics)
            {
                sink.Report(diagnostic);
            }

            Interlocked.Increment(ref _hits);
            value = entry.Value;
            return true;
        }

        value = default!;
        return false;
    }

    public TValue GetOrCompute(TKey key, TInput input, IDiagnosticSink sink, Func<IDiagnosticSink, TValue> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (TryReuse(key, input, sink, out TValue value))
        {
            return value;
        }

        var recorder = new RecordingSink(sink);
        value = compute(recorder);
        Store(key, input, value, recorder.ToArray());
        return value;
    }

    public async Task<TValue> GetOrComputeAsync(TKey key, TInput input, IDiagnosticSink sink, Func<IDiagnosticSink, Task<TValue>> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (TryReuse(key, input, sink, out TValue value))
        {
            return value;
        }

        var recorder = new RecordingSink(sink);
        value = await compute(recorder).ConfigureAwait(false);
        Store(key, input, value, recorder.ToArray());
        return value;
    }

    /// <summary>
    /// Starts counting hits and misses anew and, when <paramref name="dropUnused"/>, drops the entries no run used
    /// since the previous sweep. After a failed run nothing is dropped: a run stopped by a broken site.yml used
    /// nothing, and the next good run should not start from scratch.
    /// </summary>
    public void Sweep(bool dropUnused = true)
    {
        int run = Volatile.Read(ref _run);
        foreach (KeyValuePair<TKey, Entry> pair in _entries)
        {
            if (!dropUnused)
            {
                pair.Value.LastRun = run + 1;
            }
            else if (pair.Value.LastRun != run)
            {
                _entries.TryRemove(pair);
            }
        }

        Interlocked.Increment(ref _run);
        Interlocked.Exchange(ref _hits, 0);
        Interlocked.Exchange(ref _misses, 0);
    }

    public void Clear() => _entries.Clear();

    private void Store(TKey key, TInput input, TValue value, Diagnostic[] diagnostics)
    {
        _entries[key] = new Entry(input, value, diagnostics) { LastRun = Volatile.Read(ref _run) };
        Interlocked.Increment(ref _misses);
    }

    private sealed class Entry(TInput input, TValue value, Diagnostic[] diagnostics)
    {
        public TInput Input { get; } = input;

        public TValue Value { get; } = value;

        public Diagnostic[] Diagnostics { get; } = diagnostics;

        public int LastRun { get; set; }
    }
}
