using Annals.Pipeline.Diagnostics;
using Annals.Web.Building;
using Annals.Web.Cms;
using Annals.Web.Cms.Local;
using Annals.Web.Content;
using Annals.Web.Preview;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Annals.Browser.Tests;

/// <summary>
/// The web editor as <c>annals serve --cms</c> runs it, in Chromium: a member of staff opens <c>/admin/</c>, creates a
/// news item through Decap's form, and the Markdown file appears in the input folder, valid for the build, and the
/// preview serves its page. Decap's script comes from the npm package in <c>tests/cms</c> (<c>npm ci</c> there), so no
/// CDN is needed; without it the test is skipped here and fails in CI.
/// </summary>
public sealed class CmsEditorTests(BrowserFixture fixture) : IAsyncLifetime
{
    /// <summary>Decap's interface is large and the machine is shared: every wait is generous.</summary>
    private const float Slow = 90_000;

    private static readonly string DecapDist = Path.Combine(RepositoryRoot.Path, "tests", "cms", "node_modules", "decap-cms", "dist");

    private readonly string _root = Path.Combine(Path.GetTempPath(), "annals-cms-" + Guid.NewGuid().ToString("N"));
    private LivePreview? _preview;

    public async ValueTask InitializeAsync()
    {
        Write("input/site.yml", "title: Editor Archive\nbase_url: https://example.org\ncms:\n  repo: example-org/editor-archive\n");
        Write("input/topics.yml", "osce:\n  name: OSCE\nhuman-trafficking:\n  name: Human trafficking\n");
        Write("input/events/osce-alliance-2024.md", "---\nname: Alliance against Trafficking in Persons\norganizer: OSCE\nstart: 2024-04-15\n---\nThe yearly conference.\n");
        Write("input/posts/2024/2024-03-01-earlier.md", "---\ntitle: An earlier report\ndate: 2024-03-01\n---\nText.\n");
        if (!File.Exists(Path.Combine(DecapDist, DecapBundle.FileName)))
        {
            return;
        }

        var endpoints = new EditorEndpoints(new LocalBackendApi(new LocalRepository(_root)), DecapDist);
        _preview = await LivePreview.StartAsync(_root, endpoints, (options, address) => options with { LocalEditor = LocalDecap.EditorFor(address, DecapDist) });
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
    public async Task A_news_item_created_in_the_editor_is_a_valid_file_and_a_page_of_the_preview()
    {
        if (_preview is null)
        {
            Prerequisites.Missing($"{DecapDist} has no {DecapBundle.FileName}: run npm ci in tests/cms");
        }

        IPage page = await fixture.NewPageAsync();
        page.SetDefaultTimeout(Slow);
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal) || message.Text.Contains("Refused to", StringComparison.Ordinal))
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add("page error: " + error);

        try
        {
            await page.GotoAsync(new Uri(_preview.Address, "/admin/").ToString());
            await page.GetByRole(AriaRole.Button, new() { Name = "Login" }).ClickAsync();
            await page.GotoAsync(new Uri(_preview.Address, "/admin/#/collections/posts/new").ToString());

            await page.Locator("input[id^='title-field']").FillAsync("Report on the Alliance conference in Vienna");
            await page.Locator("input[id^='date-field']").FillAsync("2024-05-02");
            await page.Locator("textarea[id^='summary-field']").FillAsync("The delegation at the Alliance conference.");

            await page.Locator("input[id^='topics-field']").FillAsync("OSCE");
            await page.Keyboard.PressAsync("Enter");
            await page.Locator("input[id^='event-field']").FillAsync("Alliance");
            await page.GetByText("Alliance against Trafficking in Persons", new() { Exact = true }).Last.ClickAsync();

            ILocator body = page.Locator("[data-slate-editor='true']").First;
            await body.ClickAsync();
            await page.Keyboard.TypeAsync("The delegation spoke about prevention.");

            await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).First.ClickAsync();
            await page.GetByText("Publish now").ClickAsync();

            string file = Path.Combine(_root, "input", "posts", "2024", "2024-05-02-report-on-the-alliance-conference-in-vienna.md");
            await WaitForAsync(() => File.Exists(file), "the new file to be written");

            var bag = new DiagnosticBag();
            NewsItem? item = NewsItemReader.Read(Path.GetRelativePath(_root, file), await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken), bag);
            Assert.Empty(bag.ToSortedList());
            Assert.NotNull(item);
            Assert.Equal("Report on the Alliance conference in Vienna", item.Title);
            Assert.Equal(new DateOnly(2024, 5, 2), item.Date.Day);
            Assert.Equal("osce-alliance-2024", item.EventId);
            Assert.Equal(["osce"], item.Topics.Select(t => t.Slug));
            Assert.Contains("The delegation spoke about prevention.", item.Body, StringComparison.Ordinal);

            // What `annals check` runs: every validation of the build, writing nothing.
            BuildReport check = await new SiteBuilder().BuildAsync(_preview.Options with { WriteOutput = false }, TestContext.Current.CancellationToken);
            Assert.True(check.Succeeded, string.Join("\n", check.Diagnostics));
            Assert.Equal(0, check.ErrorCount);

            // The preview rebuilt on the save and serves the new page.
            using var http = new HttpClient { BaseAddress = _preview.Address };
            string? html = null;
            await WaitForAsync(
                () =>
                {
                    HttpResponseMessage response = http.GetAsync("/news/2024/report-on-the-alliance-conference-in-vienna/").GetAwaiter().GetResult();
                    html = response.IsSuccessStatusCode ? response.Content.ReadAsStringAsync().GetAwaiter().GetResult() : null;
                    return html is not null;
                },
                "the preview to serve the new item's page");
            Assert.Contains("Report on the Alliance conference in Vienna", html, StringComparison.Ordinal);
            Assert.Contains("/events/osce-alliance-2024/", html, StringComparison.Ordinal);
            Assert.Empty(problems);
        }
        catch
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "annals-cms-failure.png"), FullPage = true });
            Console.Error.WriteLine("Browser problems: " + string.Join("\n", problems));
            throw;
        }
    }

    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        DateTime until = DateTime.UtcNow.AddMilliseconds(Slow);
        while (!condition())
        {
            if (DateTime.UtcNow > until)
            {
                Assert.Fail($"Gave up waiting for {what}.");
            }

            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
    }

    private void Write(string path, string text)
    {
        string full = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
