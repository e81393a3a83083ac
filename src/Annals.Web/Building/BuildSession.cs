using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Running;
using Annals.Web.Pipelines;
using Annals.Web.Search;
using PipelineDefinition = Annals.Pipeline.Running.Pipeline;

namespace Annals.Web.Building;

/// <summary>
/// A long-lived build for <c>annals serve</c>: runs the same pipelines as <see cref="SiteBuilder"/>, with
/// <see cref="BuildCaches"/> so that a run after an edit parses, renders and re-renders only what the edit touched,
/// and keeps the result in memory as a <see cref="SiteSnapshot"/> instead of writing a folder. A failed run leaves
/// the last good snapshot as it was. Runs never overlap.
/// </summary>
public sealed class BuildSession : IDisposable
{
    private readonly BuildOptions _options;
    // The session is told every change (RunAsync's changedPaths), or null when the watcher lost track.
    private readonly BuildCaches _caches = new(trustReportedChanges: true);
    private readonly SearchRefresher _search = new();
    private readonly ConditionalWeakTable<string, byte[]> _encodedTexts = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _lock = new();
    private Dictionary<string, SiteFile>? _lastFiles;
    private long _version;

    public BuildSession(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options with { WriteOutput = false };
        _search.Updated += OnSearchUpdated;
    }

    public BuildOptions Options => _options;

    /// <summary>Lets a site add its own pipelines, as <see cref="SiteBuilder.PipelineFactory"/> does for builds.</summary>
    public Func<BuildOptions, string?, BuildCaches?, IList<PipelineDefinition>> PipelineFactory { get; init; } = SitePipelines.Create;

    /// <summary>Raised on a background thread when the search index caught up with the pages, with the new snapshot.</summary>
    public event Action<SiteSnapshot>? SearchUpdated;

    /// <param name="changedPaths">
    /// Files and folders the watcher saw change; null when unknown (the first run, or the watcher lost track),
    /// and then every file is checked by its content.
    /// </param>
    /// <param name="cancellationToken">Stops the run.</param>
    public Task<SessionRun> RunAsync(IEnumerable<string>? changedPaths, CancellationToken cancellationToken = default) =>
        RunAsync(changedPaths, scheduleSearch: true, cancellationToken);

    /// <summary>
    /// Runs once more with nothing changed, after the first run: the code a rebuild runs after a save (every cache
    /// reused) is then compiled before the first save instead of during it. At 10,000 items the first save after
    /// start was the slowest (330-400 ms from save to reload, against 230-290 ms for the next ones). The search
    /// index is handed on as it is, not rebuilt.
    /// </summary>
    public Task<SessionRun> WarmUpAsync(CancellationToken cancellationToken = default) =>
        RunAsync([], scheduleSearch: false, cancellationToken);

    /// <summary>How many times a run asked for the search index to be rebuilt in the background.</summary>
    internal int SearchRefreshesScheduled => _search.Scheduled;

    private async Task<SessionRun> RunAsync(IEnumerable<string>? changedPaths, bool scheduleSearch, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            long started = Stopwatch.GetTimestamp();
            int collections = GC.CollectionCount(0);
            int fullCollections = GC.CollectionCount(GC.MaxGeneration);
            _search.CancelPending();
            if (changedPaths is null)
            {
                _caches.ForgetAll();
            }
            else
            {
                _caches.Invalidate(changedPaths);
            }

            IList<PipelineDefinition> pipelines = PipelineFactory(_options, null, _caches);
            DeferSearch(pipelines, scheduleSearch);
            var runner = new PipelineRunner(pipelines, new RunnerOptions { WarningsAreErrors = _options.Strict });
            RunResult result = await runner.RunAsync(new DiagnosticBag(), cancellationToken).ConfigureAwait(false);
            RebuildStats stats = _caches.Sweep(result.Succeeded);
            if (!result.Succeeded)
            {
                // The index of a broken site must not be served beside the last good pages.
                _search.CancelPending();
            }

            SiteSnapshot? site = null;
            int pages = 0;
            int files = 0;
            if (result.Succeeded)
            {
                (Dictionary<string, SiteFile> built, pages) = await CollectAsync(result, _encodedTexts, cancellationToken).ConfigureAwait(false);
                files = built.Count;
                site = Publish(built, _search.Current ?? []);
            }

            var report = new BuildReport(result.Diagnostics, pages, files, Stopwatch.GetElapsedTime(started), result.Timings, result.Succeeded);
            stats = stats with
            {
                Collections = GC.CollectionCount(0) - collections,
                FullCollections = GC.CollectionCount(GC.MaxGeneration) - fullCollections,
            };
            return new SessionRun(report, site, stats);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _search.Updated -= OnSearchUpdated;
        _search.Dispose();
        _gate.Dispose();
    }

    /// <summary>Every output but the search index's (which <see cref="SearchRefresher"/> keeps), by destination.</summary>
    /// <param name="result">The run's outputs.</param>
    /// <param name="encoded">
    /// The UTF-8 of texts already served: feeds, calendars and the sitemap reused from the last run are the same
    /// string objects, and encoding 1,300 of them again was a tenth of a one-post rebuild.
    /// </param>
    /// <param name="cancellationToken">Stops the collection.</param>
    private static async Task<(Dictionary<string, SiteFile> Files, int Pages)> CollectAsync(
        RunResult result,
        ConditionalWeakTable<string, byte[]> encoded,
        CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, SiteFile>(StringComparer.Ordinal);
        int pages = 0;
        foreach ((string pipeline, ImmutableArray<Document> documents) in result.Outputs)
        {
            if (string.Equals(pipeline, PipelineNames.Search, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Document document in documents)
            {
                if (document.Destination is { } destination)
                {
                    files[destination] = document.Content.Text is { } text
                        ? SiteFile.FromBytes(encoded.GetValue(text, t => Encoding.UTF8.GetBytes(t)))
                        : await SiteFile.FromDocumentAsync(document, cancellationToken).ConfigureAwait(false);
                    pages += document.GetOrDefault(WebKeys.IsPage) ? 1 : 0;
                }
            }
        }

        return (files, pages);
    }

    /// <summary>Puts <see cref="DeferredSearchIndex"/> where the standard pipelines build the search index.</summary>
    private void DeferSearch(IList<PipelineDefinition> pipelines, bool scheduleRefresh)
    {
        foreach (PipelineDefinition pipeline in pipelines)
        {
            for (int i = 0; i < pipeline.Process.Count; i++)
            {
                if (pipeline.Process[i] is WriteSearchIndex)
                {
                    pipeline.Process[i] = new DeferredSearchIndex(_search, scheduleRefresh);
                }
            }
        }
    }

    private SiteSnapshot Publish(Dictionary<string, SiteFile> built, ImmutableArray<Document> search)
    {
        var files = new Dictionary<string, SiteFile>(built, StringComparer.Ordinal);
        foreach (Document document in search)
        {
            if (document.Destination is { } destination && document.Content.SourceFile is null)
            {
                // Search files are made from bytes, so reading them completes at once.
                files[destination] = SiteFile.FromBytes(document.Content.ReadBytesAsync().AsTask().GetAwaiter().GetResult());
            }
        }

        lock (_lock)
        {
            _lastFiles = built;
            return new SiteSnapshot(files, Interlocked.Increment(ref _version));
        }
    }

    private void OnSearchUpdated(ImmutableArray<Document> search)
    {
        Dictionary<string, SiteFile>? built;
        lock (_lock)
        {
            built = _lastFiles;
        }

        if (built is not null)
        {
            SearchUpdated?.Invoke(Publish(built, search));
        }
    }
}
