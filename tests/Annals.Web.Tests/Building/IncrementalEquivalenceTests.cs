using Annals.Web.Building;
using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Building;

/// <summary>
/// Whatever a preview session reuses, its site after an edit is byte for byte the site a fresh build makes of the
/// same files. Each case edits the archive in a way that moves items between pages, lists and events.
/// </summary>
public sealed class IncrementalEquivalenceTests : IDisposable
{
    private readonly TestSite _site = ArchiveSite.Create();

    public static TheoryData<string> Edits => new(
        "body", "title", "date moves it to another year", "topics", "event changed", "event file edited",
        "inline event edited", "post added", "post deleted", "series renamed", "topic renamed", "settings changed");

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task A_session_after_an_edit_serves_what_a_fresh_build_makes(string edit)
    {
        using var session = new BuildSession(BuildOptions.ForSite(_site.Root));
        SessionRun first = await session.RunAsync(null, TestContext.Current.CancellationToken);
        Assert.True(first.Report.Succeeded, string.Join('\n', first.Report.Diagnostics));

        string changed = Apply(edit);
        SessionRun incremental = await session.RunAsync([changed], TestContext.Current.CancellationToken);
        using var fresh = new BuildSession(BuildOptions.ForSite(_site.Root));
        SessionRun full = await fresh.RunAsync(null, TestContext.Current.CancellationToken);

        Assert.True(incremental.Report.Succeeded, string.Join('\n', incremental.Report.Diagnostics));
        Assert.NotNull(full.Site);
        Assert.NotNull(incremental.Site);
        Assert.Equal(Pages(full.Site), Pages(incremental.Site));
        foreach ((string path, SiteFile file) in full.Site.Files.Where(f => !IsSearchFile(f.Key)))
        {
            Assert.True(Bytes(file).SequenceEqual(Bytes(incremental.Site.Files[path])), $"{path} differs after '{edit}'");
        }

        // Settings reach every page (the title is in each header); any other edit leaves pages as they were.
        Assert.True(edit == "settings changed" || incremental.Stats.PagesReused > 0, "the edit should leave some pages as they were");
    }

    [Fact]
    public async Task Pages_an_edit_does_not_touch_are_reused_without_making_their_models()
    {
        using var session = new BuildSession(BuildOptions.ForSite(_site.Root));
        await session.RunAsync(null, TestContext.Current.CancellationToken);

        SessionRun run = await session.RunAsync([Apply("body")], TestContext.Current.CancellationToken);

        // The 2022 item is nobody's neighbour of the edited 2024 item: its page, its year and its topic are untouched.
        Assert.DoesNotContain("/news/2022/roundtable-in-valletta/", run.Stats.PagesRendered);
        Assert.True(run.Stats.PagesReusedByStamp >= 3, $"{run.Stats.PagesReusedByStamp} pages reused by stamp");
        Assert.True(run.Stats.PagesReusedByStamp <= run.Stats.PagesReused);
    }

    private string Apply(string edit)
    {
        const string b = "input/posts/2024/b.md";
        switch (edit)
        {
            case "body":
                _site.AddPost(b, "Statement at the forum", "2024-05-09", "type: statement\ntopics: [human trafficking]\nevent: geneva-forum-2024\n", body: "A new first paragraph.");
                return Full(b);
            case "title":
                _site.AddPost(b, "Statement renamed", "2024-05-09", "type: statement\nslug: statement-at-the-forum\ntopics: [human trafficking]\nevent: geneva-forum-2024\n");
                return Full(b);
            case "date moves it to another year":
                _site.AddPost(b, "Statement at the forum", "2021-01-09", "type: statement\ntopics: [human trafficking]\n");
                return Full(b);
            case "topics":
                _site.AddPost(b, "Statement at the forum", "2024-05-09", "type: statement\ntopics: [Migration, OSCE]\nevent: geneva-forum-2024\n");
                return Full(b);
            case "event changed":
                _site.AddPost(b, "Statement at the forum", "2024-05-09", "type: statement\ntopics: [human trafficking]\nevent: geneva-forum-2023\n");
                return Full(b);
            case "event file edited":
                _site.Add("input/events/geneva-forum-2024.md", "---\nname: Geneva Forum 2024 (renamed)\norganizer: Forum Office\nstart: 2024-05-08\nlocation: Lausanne, Switzerland\nseries: geneva-forum\nedition: 8\n---\nThe eighth forum, moved.\n");
                return Full("input/events/geneva-forum-2024.md");
            case "inline event edited":
                _site.AddPost("input/posts/2022/d.md", "Roundtable in Valletta", "2022-11-03", "topics: [Migration]\nevent:\n  id: valletta-roundtable\n  name: Valletta Roundtable on Migration\n  organizer: Island Institute\n  start: 2022-11-02\n  location: Valletta, Malta\n");
                return Full("input/posts/2022/d.md");
            case "post added":
                _site.AddPost("input/posts/2024/f.md", "A new item", "2024-05-10", "topics: [OSCE]\nevent: geneva-forum-2024\n");
                return Full("input/posts/2024/f.md");
            case "post deleted":
                File.Delete(Full("input/posts/2023/c.md"));
                return Full("input/posts/2023/c.md");
            case "series renamed":
                _site.Add("input/series.yml", "geneva-forum:\n  name: The Geneva Forum\n  description: A yearly forum in Geneva.\n");
                return Full("input/series.yml");
            case "topic renamed":
                // Feeds show an item's topics by name: a cached item must not bring the old name back.
                _site.Add("input/topics.yml", "human-trafficking:\n  name: Trafficking in persons\n  description: Prevention and protection of victims.\n");
                return Full("input/topics.yml");
            case "settings changed":
                _site.Add("input/site.yml", "title: Renamed Archive\nbase_url: https://example.org\nlanguage: en\nposts_per_page: 3\n");
                return Full("input/site.yml");
            default:
                throw new ArgumentOutOfRangeException(nameof(edit), edit, null);
        }
    }

    /// <summary>The search index catches up in the background after a run (see SearchRefresher and its tests).</summary>
    private static bool IsSearchFile(string path) => path.StartsWith("search/", StringComparison.Ordinal) && !path.EndsWith(".html", StringComparison.Ordinal);

    private static string[] Pages(SiteSnapshot site) => [.. site.Files.Keys.Where(k => !IsSearchFile(k)).Order(StringComparer.Ordinal)];

    private string Full(string relative) => Path.Combine(_site.Root, relative.Replace('/', Path.DirectorySeparatorChar));

    private static byte[] Bytes(SiteFile file) => file.Path is { } path ? File.ReadAllBytes(path) : file.Bytes.ToArray();

    public void Dispose() => _site.Dispose();
}
