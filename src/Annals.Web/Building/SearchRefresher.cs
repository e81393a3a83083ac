using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Web.Archives;
using Annals.Web.Content;
using Annals.Web.Search;

namespace Annals.Web.Building;

/// <summary>
/// Rebuilds a preview session's search index off the path of the page reload. It waits for a pause in the edits
/// (<see cref="QuietTime"/>), builds with one core fewer than the machine has (the other keeps serving and
/// rebuilding pages), drops a build that a newer edit made stale, and reports the new index through
/// <see cref="Updated"/>. Someone who saves every second or two would otherwise have an index build started and
/// dropped at each save, each one slowing the next rebuild: so every dropped build doubles the pause it waits for
/// (see <see cref="QuietBackoff"/>), and a finished one brings it back to <see cref="QuietTime"/>.
/// </summary>
internal sealed class SearchRefresher : IDisposable
{
    private readonly Lock _lock = new();
    private readonly QuietBackoff _quiet = new(QuietTime, TimeSpan.FromSeconds(12));
    private CancellationTokenSource? _pending;
    private ImmutableArray<Document>? _current;
    private bool _building;
    private int _scheduled;

    public static TimeSpan QuietTime { get; } = TimeSpan.FromMilliseconds(1500);

    /// <summary>The latest finished index files, or null before the first build.</summary>
    public ImmutableArray<Document>? Current
    {
        get
        {
            lock (_lock)
            {
                return _current;
            }
        }
    }

    /// <summary>How many indexes were asked for with <see cref="Schedule"/>.</summary>
    public int Scheduled => Volatile.Read(ref _scheduled);

    /// <summary>Raised (on a background thread) with the files of a newer index.</summary>
    public event Action<ImmutableArray<Document>>? Updated;

    public async Task<ImmutableArray<Document>> BuildNowAsync(SiteIndex site, SiteSettings settings, CancellationToken cancellationToken)
    {
        ImmutableArray<Document> files = await Task.Run(() => Build(site, settings, Environment.ProcessorCount, cancellationToken), cancellationToken).ConfigureAwait(false);
        lock (_lock)
        {
            _current = files;
        }

        return files;
    }

    /// <summary>Asks for an index of this site; a build asked for earlier and not finished is abandoned.</summary>
    public void Schedule(SiteIndex site, SiteSettings settings)
    {
        Interlocked.Increment(ref _scheduled);
        var cancellation = new CancellationTokenSource();
        TimeSpan quiet;
        lock (_lock)
        {
            _pending?.Cancel();
            _pending?.Dispose();
            _pending = cancellation;
            if (_building)
            {
                _quiet.Wasted();
                _building = false;
            }

            quiet = _quiet.Current;
        }

        CancellationToken token = cancellation.Token;
        _ = Task.Run(
            async () =>
            {
                try
                {
                    await Task.Delay(quiet, token).ConfigureAwait(false);
                    lock (_lock)
                    {
                        // A stale task (its token cancelled) must not mark the newer one's pause as wasted.
                        if (!token.IsCancellationRequested)
                        {
                            _building = true;
                        }
                    }

                    ImmutableArray<Document> files = Build(site, settings, Math.Max(1, Environment.ProcessorCount - 1), token);
                    lock (_lock)
                    {
                        if (token.IsCancellationRequested)
                        {
                            return;
                        }

                        _current = files;
                        _building = false;
                        _quiet.Finished();
                    }

                    Updated?.Invoke(files);
                }
                catch (OperationCanceledException)
                {
                    // A newer edit asked for a newer index.
                }
            },
            CancellationToken.None);
    }

    /// <summary>
    /// Abandons the index being built: a new edit is being rebuilt, and on two cores the index would take half
    /// of the machine from the pages someone is waiting for. The rebuild schedules a newer index at its end.
    /// </summary>
    public void CancelPending()
    {
        lock (_lock)
        {
            _pending?.Cancel();
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _pending?.Cancel();
            _pending?.Dispose();
            _pending = null;
        }
    }

    private static ImmutableArray<Document> Build(SiteIndex site, SiteSettings settings, int cores, CancellationToken cancellationToken)
    {
        SearchIndexOptions options = SearchIndexOptions.Default with { Parallelism = cores };
        SearchIndexResult result = SearchIndexWriter.Write(site, settings, options, cancellationToken);
        return [.. result.Files.Select(f => new Document(null, f.Path, DocumentContent.FromBytes(f.Bytes)))];
    }
}
