using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Annals.Browser.Tests;

public sealed class SearchPageTests(BrowserFixture fixture)
{
    private const string Vienna = "/news/2024/report-on-the-vienna-conference/";
    private const string Geneve = "/news/2023/statement-in-geneve/";
    private const string Protection = "/news/2024/conference-on-the-protection-of-refugees/";
    private const string Migration = "/news/2023/statement-on-migration/";
    private const string Alliance = "/events/osce-alliance-2024/";

    // Every published item mentions the delegation; the draft does too, and must not count.
    private const int DelegationCount = 13;

    [Fact]
    public async Task A_query_typed_in_the_header_box_lands_on_the_search_page_with_ranked_results()
    {
        IPage page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.Server.Url("/").ToString());

        await page.Locator("#site-search-q").FillAsync("protection");
        await page.Locator("#site-search-q").PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(fixture.Server.Url("/search/?q=protection").ToString());
        await Expect(page.Locator("#search-status")).ToHaveTextAsync("2 results for “protection”.");

        // The title match ranks above the body match.
        Assert.Equal([Protection, Migration], await ResultLinks(page));
        await Expect(page.Locator("#search-q")).ToHaveValueAsync("protection");
        await Expect(page.Locator("#search-nojs")).ToBeHiddenAsync();
    }

    [Theory]
    [InlineData("geneve", Geneve, "Genève")]
    [InlineData("GENÈVE", Geneve, "Genève")]
    [InlineData("sao tome", "/news/2022/annual-meeting-in-sao-tome/", "Tomé")]
    public async Task Accents_and_capitals_do_not_matter(string query, string expected, string highlighted)
    {
        IPage page = await Search(query);

        Assert.Equal([expected], await ResultLinks(page));
        await Expect(page.Locator("#search-results mark").Filter(new() { HasText = highlighted }).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_word_being_typed_matches_longer_words()
    {
        IPage page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.Server.Url("/search/").ToString());

        await page.Locator("#search-q").PressSequentiallyAsync("statement gene");

        await Expect(page.Locator("#search-status")).ToHaveTextAsync("1 result for “statement gene”.");
        Assert.Equal([Geneve], await ResultLinks(page));
        await Expect(page).ToHaveURLAsync(fixture.Server.Url("/search/?q=statement+gene").ToString());
    }

    [Fact]
    public async Task Every_word_must_match()
    {
        IPage page = await Search("vienna trafficking");

        List<string> links = await ResultLinks(page);
        Assert.Equal([Alliance, Vienna], links.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(Geneve, links);
    }

    [Fact]
    public async Task The_live_region_announces_the_count()
    {
        IPage page = await Search("delegation");

        ILocator status = page.Locator("#search-status");
        await Expect(status).ToHaveTextAsync($"{DelegationCount} results for “delegation”.");
        await Expect(status).ToHaveAttributeAsync("role", "status");
        Assert.Equal(10, await page.Locator("#search-results > li").CountAsync());

        await page.Locator("#search-more").ClickAsync();
        await Expect(page.Locator("#search-results > li")).ToHaveCountAsync(DelegationCount);
        await Expect(page.Locator("#search-results > li").Nth(10).Locator("a")).ToBeFocusedAsync();
        await Expect(page.Locator("#search-more")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_year_filter_narrows_the_results_the_url_holds_it_and_back_undoes_it()
    {
        IPage page = await Search("delegation");
        await Expect(page.Locator("#search-status")).ToHaveTextAsync($"{DelegationCount} results for “delegation”.");

        await page.Locator("#search-year").SelectOptionAsync("2023");

        await Expect(page.Locator("#search-status")).ToHaveTextAsync("2 results for “delegation” in 2023.");
        await Expect(page).ToHaveURLAsync(fixture.Server.Url("/search/?q=delegation&year=2023").ToString());
        Assert.Equal([Geneve, Migration], (await ResultLinks(page)).Order(StringComparer.Ordinal));

        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(fixture.Server.Url("/search/?q=delegation").ToString());
        await Expect(page.Locator("#search-year")).ToHaveValueAsync(string.Empty);
        await Expect(page.Locator("#search-status")).ToHaveTextAsync($"{DelegationCount} results for “delegation”.");

        await page.GoForwardAsync();
        await Expect(page.Locator("#search-status")).ToHaveTextAsync("2 results for “delegation” in 2023.");
    }

    [Fact]
    public async Task A_topic_filter_narrows_the_results()
    {
        IPage page = await Search("delegation");
        await page.Locator("#search-topic").SelectOptionAsync("refugees");

        await Expect(page.Locator("#search-status")).ToHaveTextAsync("2 results for “delegation” about Refugees.");
        Assert.Equal([Protection, Migration], await ResultLinks(page));
        await Expect(page).ToHaveURLAsync(fixture.Server.Url("/search/?q=delegation&topic=refugees").ToString());
    }

    [Fact]
    public async Task An_event_filter_lists_the_event_and_its_reports_even_without_words()
    {
        IPage page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.Server.Url("/search/").ToString());

        await page.Locator("#search-event").FocusAsync();
        await page.Locator("#search-event").SelectOptionAsync("osce-alliance-2024");

        await Expect(page.Locator("#search-status")).ToHaveTextAsync("2 results at Alliance against Trafficking in Persons.");
        Assert.Equal([Vienna, Alliance], await ResultLinks(page));
        await Expect(page).ToHaveURLAsync(fixture.Server.Url("/search/?event=osce-alliance-2024").ToString());
    }

    [Fact]
    public async Task The_state_in_the_url_survives_a_reload()
    {
        IPage page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.Server.Url("/search/?q=trafficking&year=2023&event=").ToString());
        await Expect(page.Locator("#search-status")).ToHaveTextAsync("1 result for “trafficking” in 2023.");

        await page.ReloadAsync();

        await Expect(page.Locator("#search-q")).ToHaveValueAsync("trafficking");
        await Expect(page.Locator("#search-year")).ToHaveValueAsync("2023");
        await Expect(page.Locator("#search-status")).ToHaveTextAsync("1 result for “trafficking” in 2023.");
        Assert.Equal([Geneve], await ResultLinks(page));
    }

    [Fact]
    public async Task A_word_only_a_draft_uses_finds_nothing()
    {
        IPage page = await Search("zanzibarian");

        await Expect(page.Locator("#search-status")).ToContainTextAsync("No results for “zanzibarian”");
        Assert.Empty(await ResultLinks(page));
    }

    [Fact]
    public async Task Without_javascript_the_page_says_how_to_browse()
    {
        IPage page = await fixture.NewPageAsync(javaScript: false);
        await page.GotoAsync(fixture.Server.Url("/search/?q=geneve").ToString());

        await Expect(page.Locator("#search-nojs")).ToBeVisibleAsync();
        await Expect(page.Locator("#search-form")).ToBeHiddenAsync();
        await Expect(page.Locator("#search-nojs a[href='/archive/2023/']")).ToBeVisibleAsync();
        await Expect(page.Locator("#search-nojs a[href='/topics/refugees/']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Axe_finds_no_violations_on_the_search_page_with_results()
    {
        IPage page = await Search("delegation");
        await Expect(page.Locator("#search-results > li")).ToHaveCountAsync(10);

        AxeResult result = await page.RunAxe();

        Assert.True(
            result.Violations.Length == 0,
            string.Join("\n", result.Violations.Select(v => $"[{v.Impact}] {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
    }

    private async Task<IPage> Search(string query)
    {
        IPage page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.Server.Url("/search/").ToString());
        await page.Locator("#search-q").FillAsync(query);
        await page.Locator("#search-q").PressAsync("Enter");
        await Expect(page.Locator("#search-status")).Not.ToBeEmptyAsync();
        return page;
    }

    private static async Task<List<string>> ResultLinks(IPage page)
    {
        await Expect(page.Locator("#search-results")).Not.ToHaveAttributeAsync("aria-busy", "true");
        return [.. await page.Locator("#search-results > li h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")];
    }
}
