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
    private LivePreview? _preview;

    private string PostFile => Path.Combine(_root, "input", "posts", "2024", "a.md");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PostFile)!);
        await File.WriteAllTextAsync(Path.Combine(_root, "input", "site.yml"), "title: Live Archive\nbase_url: https://example.org\n", TestContext.Current.CancellationToken);
        await WritePostAsync("The first title");
        _preview = await LivePreview.StartAsync(_root);
    }

    public async ValueTask DisposeAsync()
    {
        if (_preview is not null)
        {
            await _preview.DisposeAsync();
        }

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
        await page.GotoAsync(new Uri(_preview!.Address, "/news/2024/a/").ToString());
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
}
