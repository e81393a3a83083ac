using Microsoft.Playwright;

namespace Annals.Browser.Tests;

/// <summary>
/// Builds the sample site once, serves it, and launches Debian's Chromium through Playwright (never a browser of
/// Playwright's own: nothing is downloaded). Without /usr/bin/chromium the tests are skipped on a developer's
/// machine, and fail in CI (<c>CI=true</c>), where .ci/run installs it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "annals-browser-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private StaticServer? _server;

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public string? Unavailable { get; private set; }

    public StaticServer Server => _server ?? throw new InvalidOperationException("The fixture did not start.");

    public string Output { get; private set; } = string.Empty;

    public async ValueTask InitializeAsync()
    {
        Output = await SampleSite.BuildAsync(_root, TestContext.Current.CancellationToken);
        _server = await StaticServer.StartAsync(Output);
        if (!File.Exists(ChromiumPath))
        {
            Unavailable = $"{ChromiumPath} is missing: install Debian's chromium package (apt-get install -y chromium)";
            return;
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A page in a fresh context (its own cache and storage), or a skip (a failure in CI) without Chromium.</summary>
    public async Task<IPage> NewPageAsync(bool javaScript = true)
    {
        IBrowserContext context = await NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript });
        return await context.NewPageAsync();
    }

    /// <summary>A fresh context with these options (colour scheme, viewport...), or a skip (a failure in CI) without Chromium.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        Prerequisites.Require(Unavailable);
        return await _browser!.NewContextAsync(options);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
