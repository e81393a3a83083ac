using System.Diagnostics;
using Annals.Pipeline.Diagnostics;
using Annals.Web.Building;

namespace Annals.Web.Preview;

/// <summary>
/// What <c>annals serve</c> does after starting: build, serve, and on every batch of changes rebuild, swap the new
/// site in and tell the open pages to reload. A build with errors keeps the last good site on screen and shows the
/// errors over it (and on the terminal, through the reporter) until a save fixes them.
/// </summary>
public sealed class PreviewLoop(BuildSession session, PreviewServer server, SiteWatcher watcher, IPreviewReporter reporter)
{
    /// <summary>Long enough for the reloading page to be served; short enough to be over before most next saves.</summary>
    private static readonly TimeSpan IdleWait = TimeSpan.FromMilliseconds(300);

    private readonly IdleGarbageCollector _idle = new(IdleWait, watcher.QuietFor);

    /// <summary>The collections run between rebuilds (see <see cref="IdleGarbageCollector"/>).</summary>
    public int IdleGarbageCollectors => _idle.Collections;

    /// <summary>Runs the first build; true when it succeeded and the site is being served.</summary>
    public async Task<SessionRun> StartAsync(CancellationToken cancellationToken)
    {
        session.SearchUpdated += OnSearchUpdated;
        SessionRun first = await RebuildAsync(null, cancellationToken).ConfigureAwait(false);
        if (first.Site is not null)
        {
            _idle.Cancel();
            await session.WarmUpAsync(cancellationToken).ConfigureAwait(false);
            _ = _idle.Schedule(full: true);
        }

        return first;
    }

    /// <summary>Rebuilds on every change until cancelled (Ctrl+C).</summary>
    public async Task WatchAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                ChangeBatch changes = await watcher.NextAsync(cancellationToken).ConfigureAwait(false);
                _idle.Cancel();
                await RebuildAsync(changes, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: a clean stop.
        }
        finally
        {
            session.SearchUpdated -= OnSearchUpdated;
        }
    }

    /// <summary>The text shown over the page: every error, then the warnings, one per line as on the terminal.</summary>
    public static string ErrorText(IEnumerable<Diagnostic> diagnostics) =>
        string.Join('\n', diagnostics.OrderByDescending(d => d.Severity).Select(d => d.ToString()));

    private async Task<SessionRun> RebuildAsync(ChangeBatch? changes, CancellationToken cancellationToken)
    {
        SessionRun run = await session.RunAsync(changes is null || changes.Overflowed ? null : changes.Paths, cancellationToken).ConfigureAwait(false);
        if (run.Site is { } site)
        {
            server.Publish(site);
            server.Hub.Reload(site.Version);
            reporter.Rebuilt(run, changes, changes is null ? run.Report.Elapsed : Stopwatch.GetElapsedTime(changes.FirstSeen));
            _ = _idle.Schedule();
        }
        else
        {
            server.Hub.ShowErrors(ErrorText(run.Report.Diagnostics));
            reporter.Failed(run, changes);
        }

        return run;
    }

    private void OnSearchUpdated(SiteSnapshot site)
    {
        // Search results catch up without reloading the page someone is reading.
        server.Publish(site);
        reporter.SearchUpdated(site);

        // The search index was made on the side, a few seconds after the last save: its garbage, part of it already in
        // the old generation, is collected before the next save, whole (left to the runtime, that collection fell into
        // the next rebuild: 400-570 ms at 10k instead of about 230).
        _ = _idle.Schedule(full: true);
    }
}
