using Annals.Web.Building;
using Annals.Web.Preview;
using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Preview;

/// <summary>
/// The whole preview on a test site: session, watcher and server on a free port, with the watch loop running
/// until disposed. Disposing stops the loop as Ctrl+C would, then the server, then the session.
/// </summary>
internal sealed class PreviewHarness : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly BuildSession _session;
    private readonly SiteWatcher _watcher;
    private Task? _watching;

    private PreviewHarness(BuildSession session, SiteWatcher watcher, PreviewServer server)
    {
        _session = session;
        _watcher = watcher;
        Server = server;
    }

    public PreviewServer Server { get; }

    public RecordingReporter Reporter { get; } = new();

    /// <summary>Builds the site once (it must succeed), then starts watching it.</summary>
    public static async Task<PreviewHarness> StartAsync(TestSite site, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        BuildOptions options = BuildOptions.ForSite(site.Root);
        var session = new BuildSession(options);
        var watcher = new SiteWatcher([options.InputDirectory, options.ThemeDirectory], TimeSpan.FromMilliseconds(40));
        PreviewServer server = await PreviewServer.StartAsync(0, cancellationToken);
        var harness = new PreviewHarness(session, watcher, server);
        var loop = new PreviewLoop(session, server, watcher, harness.Reporter);
        SessionRun first = await loop.StartAsync(cancellationToken);
        Assert.True(first.Report.Succeeded);
        harness._watching = loop.WatchAsync(harness._stop.Token);
        return harness;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_watching is not null)
        {
            // Ctrl+C ends the loop cleanly, without an exception.
            await _watching.WaitAsync(TimeSpan.FromSeconds(10));
        }

        await Server.DisposeAsync();
        _watcher.Dispose();
        _session.Dispose();
        _stop.Dispose();
    }
}
