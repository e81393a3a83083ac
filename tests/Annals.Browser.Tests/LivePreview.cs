using Annals.Web.Building;
using Annals.Web.Preview;

namespace Annals.Browser.Tests;

/// <summary>
/// <c>annals serve</c> as the browser tests run it: a preview server on a free port, a session over a site folder,
/// a watcher on its input and the loop that rebuilds on a change, started with a good first build.
/// </summary>
internal sealed class LivePreview : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly BuildSession _session;
    private readonly SiteWatcher _watcher;
    private readonly PreviewServer _server;
    private readonly Task _watching;

    private LivePreview(BuildOptions options, CancellationTokenSource stop, BuildSession session, SiteWatcher watcher, PreviewServer server, Task watching)
    {
        Options = options;
        _stop = stop;
        _session = session;
        _watcher = watcher;
        _server = server;
        _watching = watching;
    }

    public Uri Address => _server.Address;

    /// <summary>What the session builds with.</summary>
    public BuildOptions Options { get; }

    /// <param name="root">The site folder (input/ under it; the repository's theme).</param>
    /// <param name="endpoints">The web editor's endpoints, or null for a plain preview.</param>
    /// <param name="configure">Completes the build options once the server's address is known.</param>
    public static async Task<LivePreview> StartAsync(string root, EditorEndpoints? endpoints = null, Func<BuildOptions, Uri, BuildOptions>? configure = null)
    {
        CancellationToken token = TestContext.Current.CancellationToken;
        PreviewServer server = await PreviewServer.StartAsync(0, endpoints, token);
        var options = new BuildOptions
        {
            InputDirectory = Path.Combine(root, "input"),
            ThemeDirectory = Path.Combine(RepositoryRoot.Path, "theme"),
            OutputDirectory = Path.Combine(root, "output"),
            DisplayRoot = root,
        };
        options = configure?.Invoke(options, server.Address) ?? options;
        var session = new BuildSession(options);
        var watcher = new SiteWatcher([options.InputDirectory], TimeSpan.FromMilliseconds(40));
        var loop = new PreviewLoop(session, server, watcher, new SilentReporter());
        Assert.True((await loop.StartAsync(token)).Report.Succeeded);
        var stop = new CancellationTokenSource();
        return new LivePreview(options, stop, session, watcher, server, loop.WatchAsync(stop.Token));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watching.WaitAsync(TimeSpan.FromSeconds(10));
        await _server.DisposeAsync();
        _watcher.Dispose();
        _session.Dispose();
        _stop.Dispose();
    }

    private sealed class SilentReporter : IPreviewReporter
    {
        public void Rebuilt(SessionRun run, ChangeBatch? changes, TimeSpan sinceSave)
        {
        }

        public void Failed(SessionRun run, ChangeBatch? changes)
        {
        }

        public void SearchUpdated(SiteSnapshot site)
        {
        }
    }
}
