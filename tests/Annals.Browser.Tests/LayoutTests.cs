using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Annals.Browser.Tests;

/// <summary>
/// Every page type of the sample site at the narrowest supported width (320 px), a phone (390 px) and a desktop
/// (1280 px): nothing is wider than the screen. With <c>ANNALS_SCREENSHOTS=1</c> the home, item and event pages are
/// also saved as the README's screenshots, in docs/screenshots/.
/// </summary>
public sealed class LayoutTests(BrowserFixture browser, SampleArchiveFixture site)
{
    private static readonly string[] Screenshots = ["home", "item", "event"];

    public static TheoryData<string, int> PagesAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (string page in SampleArchiveFixture.Pages.Keys)
        {
            foreach (int width in new[] { 320, 390, 1280 })
            {
                data.Add(page, width);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task The_page_fits_the_width_of_the_screen(string page, int width)
    {
        await using IBrowserContext context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = width < 1000 ? 844 : 800 },
            ColorScheme = ColorScheme.Light,
        });
        IPage tab = await context.NewPageAsync();
        await tab.GotoAsync(site.Server.Url(SampleArchiveFixture.Pages[page]).ToString());
        await Expect(tab.Locator("main h1")).ToBeVisibleAsync();
        if (page == "search")
        {
            await Expect(tab.Locator("#search-results > li").First).ToBeVisibleAsync();
        }

        int scrollWidth = await tab.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        string widest = await tab.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5).slice(0, 5).map(e => e.outerHTML.slice(0, 120)).join('\\n')");

        Assert.True(scrollWidth <= width, $"{SampleArchiveFixture.Pages[page]} is {scrollWidth} px wide on a {width} px screen; too wide:\n{widest}");

        if (Screenshots.Contains(page) && width != 320 && Environment.GetEnvironmentVariable("ANNALS_SCREENSHOTS") == "1")
        {
            string folder = Path.Combine(RepositoryRoot.Path, "docs", "screenshots");
            Directory.CreateDirectory(folder);
            await tab.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{page}-{width}.png") });
        }
    }
}
