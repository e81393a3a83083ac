using Annals.Web.Building;
using Annals.Web.Preview;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Annals.Browser.Tests;

/// <summary>
/// <c>annals serve</c> in Chromium: a page open in the browser shows an edit without a manual reload, and shows a
/// broken edit as an overlay over the last good page.
/// </summary>
public sealed class LiveReloadTests(BrowserFixture fixture) : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "annals-live-" + Guid.NewGuid().ToString("N"));
    private readonly CancellationTokenSource _stop = new();
    private BuildSession? _session;
    private SiteWatcher? _watcher;
    private PreviewServer? _server;
    private Task? _watching;

    private string PostFile => Path.Combine(_root, "input", "posts", "2024", "a.md");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PostFile)!);
        await File.WriteAllTextAsync(Path.Combine(_root, "input", "site.yml"), "title: Live Archive\nbase_url: https://example.org\n", TestContext.Current.CancellationToken);
        await WritePostAsync("The first title");
        var options = new BuildOptions
        {
            InputDirectory = Path.Combine(_root, "input"),
            ThemeDirectory = Path.Combine(RepositoryRoot.Path, "theme"),
            OutputDirectory = Path.Combine(_root, "output"),
            DisplayRoot = _root,
        };
        _session = new BuildSession(options);
        _watcher = new SiteWatcher([options.InputDirectory], TimeSpan.FromMilliseconds(40));
        _server = await PreviewServer.StartAsync(0, TestContext.Current.CancellationToken);
        var loop = new PreviewLoop(_session, _server, _watcher, new SilentReporter());
        Assert.True((await loop.StartAsync(TestContext.Current.CancellationToken)).Report.Succeeded);
        _watching = loop.WatchAsync(_stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_watching is not null)
        {
            await _watching.WaitAsync(TimeSpan.FromSeconds(10));
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _watcher?.Dispose();
        _session?.Dispose();
        _stop.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task An_edited_title_appears_in_the_open_page_and_an_error_shows_over_it()
    {
        IPage page = await fixture.NewPageAsync();
        await page.GotoAsync(new Uri(_server!.Address, "/news/2024/a/").ToString());
        await Expect(page.Locator("main h1")).ToHaveTextAsync("The first title");

        // The slug stays (slug: a), so the same address shows the new title.
        await WritePostAsync("The title as edited");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("The title as edited", new() { Timeout = 30_000 });

        await File.WriteAllTextAsync(PostFile, "---\ntitle: Broken\ndate: <b>someday</b>\n---\nText.\n", TestContext.Current.CancellationToken);
        ILocator overlay = page.Locator("#annals-build-errors");
        await Expect(overlay).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(overlay).ToContainTextAsync("a.md:3");
        await Expect(page.Locator("#annals-build-errors b")).ToHaveCountAsync(0);
        await Expect(page.Locator("main h1")).ToHaveTextAsync("The title as edited");
    }

    private Task WritePostAsync(string title) =>
        File.WriteAllTextAsync(PostFile, $"---\ntitle: {title}\nslug: a\ndate: 2024-05-01\n---\nSome text.\n", TestContext.Current.CancellationToken);

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
