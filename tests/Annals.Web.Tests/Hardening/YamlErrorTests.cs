namespace Annals.Web.Tests.Hardening;

/// <summary>
/// Every kind of YAML mistake YamlDotNet reports, in a real site: the build fails, the error names the line
/// where the mistake is (not line 1, not the line after), and the previous output stays as it was.
/// </summary>
public sealed class YamlErrorTests
{
    private const string Date = "date: 2024-04-18\n";

    [Theory]
    [InlineData("---\n" + Date + "title: Report: OSCE conference\n---\nBody.\n", 3, "AN0105")]
    [InlineData("---\n" + Date + "title: @OSCE statement\n---\nBody.\n", 3, "AN0105")]
    [InlineData("---\n" + Date + "title: `quoted` statement\n---\nBody.\n", 3, "AN0105")]
    [InlineData("---\n" + Date + "title: %complete\n---\nBody.\n", 3, "AN0105")]
    [InlineData("---\n" + Date + "title: *OSCE statement\n---\nBody.\n", 3, "AN0105")]
    [InlineData("---\n" + Date + "title: *OSCE\n---\nBody.\n", 3, "AN0107")]
    [InlineData("---\n" + Date + "title: &anchor OSCE\n---\nBody.\n", 3, "AN0107")]
    [InlineData("---\n" + Date + "title: !important OSCE\n---\nBody.\n", 3, "AN0107")]
    [InlineData("---\ntitle: A\n" + Date + "topics:\n\t- OSCE\n---\nBody.\n", 5, "AN0105")]
    [InlineData("---\ntitle: A\n\tsummary: x\n" + Date + "---\nBody.\n", 3, "AN0105")]
    [InlineData("---\ntitle: A\n" + Date + "summary: \"An open quote\nthat goes on\n---\nBody.\n", 4, "AN0105")]
    [InlineData("---\ntitle: A\n" + Date + "summary: 'never closed\n---\nBody.\n", 4, "AN0105")]
    [InlineData("---\ntitle: A\ntopics: [OSCE, Human trafficking\n" + Date + "---\nBody.\n", 3, "AN0105")]
    [InlineData("---\ntitle: A\n" + Date + "event: {id: x, name: y\n---\nBody.\n", 4, "AN0105")]
    [InlineData("---\ntitle: A\n" + Date + "topics: [OSCE]]\n---\nBody.\n", 4, "AN0105")]
    [InlineData("---\ntitle: A\n" + Date + "title: B\n---\nBody.\n", 4, "AN0106")]
    [InlineData("---\ntitle: A\n" + Date + "delegation:\n  - name: A\n    role: B\n    name: C\n---\nBody.\n", 7, "AN0106")]
    [InlineData("---\ntitle: A\n" + Date + "summary: x\n  location: Vienna\n---\nBody.\n", 5, "AN0105")]
    [InlineData("---\ntitle: 'Droits de l'homme'\n" + Date + "---\nBody.\n", 2, "AN0105")]
    [InlineData("---\ntitle: A\n" + Date + "delegation:\n  - name: A\n   - name: B\n---\nBody.\n", 6, "AN0105")]
    [InlineData("---\ntitle: A\n" + Date + "summary: \"bad \\q escape\"\n---\nBody.\n", 4, "AN0105")]
    [InlineData("---\ntitle: A\n" + Date + "just some words\n---\nBody.\n", 4, "AN0105")]
    [InlineData("---\n- title: A\n- " + Date + "---\nBody.\n", 2, "AN0109")]
    [InlineData("---\nA title without a key\n---\nBody.\n", 2, "AN0109")]
    [InlineData("---\n" + Date + "title: \"bell \\a in text\"\n---\nBody.\n", 3, "AN0113")]
    [InlineData("---\ntitle: A\n" + Date + "draft: yes\n---\nBody.\n", 4, "AN0104")]
    [InlineData("---\ntitle: A\n" + Date + "topics: Human trafficking\nevent: [a, b]\n---\nBody.\n", 5, "AN0205")]
    [InlineData("---\ntitle: A\n" + Date + "delegation: Michel Veuthey\n---\nBody.\n", 4, "AN0104")]
    [InlineData("---\ntitle: [A, B]\n" + Date + "---\nBody.\n", 2, "AN0104")]
    [InlineData("---\ntitle: ~\n" + Date + "---\nBody.\n", 2, "AN0111")]
    [InlineData("---\ntitle:\n" + Date + "---\nBody.\n", 2, "AN0111")]
    public async Task Yaml_mistake_in_a_post_is_reported_at_its_line(string text, int line, string code)
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Add("input/posts/2024/bad.md", text);

        await site.AssertRejectedAtAsync($"input/posts/2024/bad.md:{line}", code);
    }

    [Fact]
    public async Task Nesting_deeper_than_content_needs_is_refused_at_its_line()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Add("input/posts/deep.md", "---\ntitle: A\n" + Date + "summary: " + new string('[', 40) + new string(']', 40) + "\n---\nBody.\n");

        await site.AssertRejectedAtAsync("input/posts/deep.md:4", "AN0110");
    }

    [Fact]
    public async Task Huge_front_matter_is_refused_without_parsing_it()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Add("input/posts/huge.md", "---\ntitle: A\n" + Date + "summary: " + new string('x', 70_000) + "\n---\nBody.\n");

        await site.AssertRejectedAtAsync("input/posts/huge.md:2", "AN0110");
    }

    [Fact]
    public async Task Billion_laughs_anchors_are_refused()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Add("input/posts/laughs.md", "---\ntitle: A\n" + Date + "a: &a [lol, lol]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n---\nBody.\n");

        await site.AssertRejectedAtAsync("input/posts/laughs.md:4", "AN0107");
    }

    [Fact]
    public async Task Yaml_mistake_in_an_event_is_reported_at_its_line()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Add("input/events/meeting.md", "---\nname: Meeting\norganizer: UN: Geneva office\nstart: 2024-01-01\n---\n");

        await site.AssertRejectedAtAsync("input/events/meeting.md:3", "AN0105");
    }

    [Fact]
    public async Task Yaml_mistake_in_site_yml_is_reported_at_its_line()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Add("input/site.yml", "title: Test Archive\nbase_url: https://example.org\nnav:\n  - title: Events\n  url: /events/\n");

        await site.AssertRejectedAtAsync("input/site.yml:5", "AN0105");
    }

    [Fact]
    public async Task Second_document_in_site_yml_is_reported_at_its_separator()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Add("input/site.yml", "title: Test Archive\nbase_url: https://example.org\n---\ntitle: Other\n");

        await site.AssertRejectedAtAsync("input/site.yml:3", "AN0105");
    }

    [Fact]
    public async Task Tab_in_topics_yml_is_reported_at_its_line()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Add("input/topics.yml", "osce:\n  name: OSCE\n\tdescription: The organization.\n");

        await site.AssertRejectedAtAsync("input/topics.yml:3", "AN0105");
    }

    [Fact]
    public async Task Duplicate_series_in_series_yml_is_reported_at_the_second()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Add("input/series.yml", "forum:\n  name: Forum\nforum:\n  name: Again\n");

        await site.AssertRejectedAtAsync("input/series.yml:3", "AN0106");
    }
}
