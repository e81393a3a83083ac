using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Annals.Browser.Tests;

/// <summary>axe-core in Chromium on one page of each type of the sample site, in the light and the dark colour scheme.</summary>
public sealed class AccessibilityTests(BrowserFixture browser, SampleArchiveFixture site)
{
    /// <summary>WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices.</summary>
    private static readonly List<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    public static TheoryData<string, string> PagesAndSchemes()
    {
        var data = new TheoryData<string, string>();
        foreach (string page in SampleArchiveFixture.Pages.Keys)
        {
            data.Add(page, "light");
            data.Add(page, "dark");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAndSchemes))]
    public async Task Axe_finds_no_violations(string page, string scheme)
    {
        await using IBrowserContext context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        IPage tab = await context.NewPageAsync();
        await tab.GotoAsync(site.Server.Url(SampleArchiveFixture.Pages[page]).ToString());
        if (page == "search")
        {
            await Expect(tab.Locator("#search-results > li").First).ToBeVisibleAsync();
        }

        AxeResult result = await tab.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Tags } });

        Assert.True(
            result.Violations.Length == 0,
            $"{SampleArchiveFixture.Pages[page]} ({scheme}):\n" + string.Join(
                "\n",
                result.Violations.Select(v => $"[{v.Impact}] {v.Id}: {v.Help}\n    {string.Join("\n    ", v.Nodes.Select(n => n.Html))}")));
        Assert.NotEmpty(result.Passes);
    }
}
