using System.Diagnostics;
using Annals.Web.Building;
using Annals.Web.Content;
using Annals.Web.Tests.Images;

namespace Annals.Web.Tests.Hardening;

/// <summary>Empty, huge, deeply nested, oddly named and linked files: each builds or fails with a clear place.</summary>
public sealed class FilesAndFoldersTests
{
    [Theory]
    [InlineData("", "AN0102")]
    [InlineData("   \n\n", "AN0102")]
    [InlineData("title: A\ndate: 2024-04-18\n", "AN0102")]
    [InlineData("\n---\ntitle: A\ndate: 2024-04-18\n---\n", "AN0102")]
    [InlineData("---\ntitle: A\ndate: 2024-04-18\nThe body, but the closing line was forgotten.\n", "AN0103")]
    [InlineData("---\ntitle: A\ndate: 2024-04-18\n", "AN0103")]
    [InlineData("---", "AN0103")]
    [InlineData("---\n---\nOnly a body.\n", "AN0111")]
    public async Task Post_without_usable_front_matter_is_reported_at_line_1(string text, string code)
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Add("input/posts/2024/broken.md", text);

        await site.AssertRejectedAtAsync("input/posts/2024/broken.md:1", code);
    }

    [Fact]
    public async Task Empty_event_file_is_reported_at_line_1()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Add("input/events/empty.md", string.Empty);

        await site.AssertRejectedAtAsync("input/events/empty.md:1", "AN0102");
    }

    [Fact]
    public async Task Empty_site_yml_asks_for_a_title()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Add("input/site.yml", string.Empty);

        await site.AssertRejectedAtAsync("input/site.yml", "AN0111");
    }

    [Fact]
    public async Task Missing_site_yml_is_an_error_naming_the_file()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        File.Delete(Path.Combine(site.Site.Root, "input/site.yml"));

        await site.AssertRejectedAtAsync("input/site.yml", "AN0401");
    }

    [Fact]
    public async Task Empty_topics_yml_is_fine()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Add("input/topics.yml", "# no topics described yet\n");

        await site.AssertBuiltAsync();
    }

    [Fact]
    public async Task A_2_MB_post_builds()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        string paragraph = string.Join(' ', Enumerable.Repeat("The delegation attended the conference on trafficking.", 20)) + "\n\n";
        string body = string.Concat(Enumerable.Repeat(paragraph, (2 * 1024 * 1024 / paragraph.Length) + 1)) + "The very end.";
        site.Site.AddPost("input/posts/2024/long.md", "A long report", "2024-04-18", body: body);

        await site.AssertBuiltAsync();
        Assert.Contains("The very end.", site.Site.Read("news/2024/a-long-report/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posts_in_deep_folders_build()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        string deep = string.Join('/', Enumerable.Range(1, 40).Select(i => "level" + i));
        site.Site.AddPost($"input/posts/{deep}/deep.md", "Deep item", "2024-04-18");
        site.Add($"input/posts/{deep}/bad.md", "---\ntitle: Bad\ndate: 2024-02-30\n---\n");

        await site.AssertRejectedAtAsync($"input/posts/{deep}/bad.md:3", "AN0104");
        site.Add($"input/posts/{deep}/bad.md", "---\ntitle: Bad\ndate: 2024-02-29\n---\n");
        await site.AssertBuiltAsync();
        Assert.True(site.Site.Exists("news/2024/deep-item/index.html"));
    }

    [Fact]
    public async Task Symlink_loop_in_input_is_detected_and_does_not_hang()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        string folder = Path.Combine(site.Site.Root, "input/posts/loop");
        Directory.CreateDirectory(folder);
        Directory.CreateSymbolicLink(Path.Combine(folder, "again"), folder);
        Directory.CreateSymbolicLink(Path.Combine(folder, "up"), Path.Combine(site.Site.Root, "input"));
        site.Site.AddPost("input/posts/loop/inside.md", "Inside the loop", "2024-04-18");

        var clock = Stopwatch.StartNew();
        await site.AssertBuiltAsync("input/posts/loop/again", "AN0003");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30));
        Assert.Contains(site.Site.Messages, m => m.StartsWith("input/posts/loop/up: warning AN0003", StringComparison.Ordinal));
        Assert.True(site.Site.Exists("news/2024/inside-the-loop/index.html"));
    }

    [Fact]
    public async Task File_symlink_leading_out_of_input_is_not_published()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        string secret = Path.Combine(site.Site.Root, "secret.txt");
        File.WriteAllText(secret, "password");
        Directory.CreateDirectory(Path.Combine(site.Site.Root, "input/assets"));
        File.CreateSymbolicLink(Path.Combine(site.Site.Root, "input/assets/leak.txt"), secret);
        File.CreateSymbolicLink(Path.Combine(site.Site.Root, "input/posts/leak.md"), secret);

        await site.AssertBuiltAsync("input/assets/leak.txt", "AN0003");
        Assert.False(site.Site.Exists("assets/leak.txt"));
        Assert.Contains(site.Site.Messages, m => m.StartsWith("input/posts/leak.md: warning AN0003", StringComparison.Ordinal));
    }

    [Fact]
    public async Task File_names_with_spaces_and_non_latin_letters_build_and_are_named_in_messages()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Site.AddPost("input/posts/2024/my report (final).md", "My report", "2024-04-18");
        site.Site.AddPost("input/posts/2024/отчёт о встрече.md", "Отчёт о встрече", "2024-04-17");
        site.Site.AddPost("input/posts/2024/会议报告.md", "会议报告", "2024-04-16");
        site.AddBytes("input/assets/photo été #1.jpg", TestImages.Jpeg(64, 48));
        site.Site.AddPost(
            "input/posts/2024/with image.md",
            "With image",
            "2024-04-15",
            "image: \"assets/photo été #1.jpg\"\nimage_alt: A photo\n",
            "See ![the photo](/assets/photo%20%C3%A9t%C3%A9%20%231.jpg).");

        await site.AssertBuiltAsync();
        Assert.True(site.Site.Exists("news/2024/my-report/index.html"));
        Assert.True(site.Site.Exists($"news/2024/{Slugifier.Slugify("Отчёт о встрече")}/index.html"));
        Assert.True(site.Site.Exists($"news/2024/{Slugifier.Slugify("会议报告")}/index.html"));
        Assert.True(site.Site.Exists("assets/photo été #1.jpg"));

        site.Add("input/posts/2024/отчёт о встрече.md", "---\ntitle: Отчёт\ndate: 18.04.2024\n---\n");
        await site.AssertRejectedAtAsync("input/posts/2024/отчёт о встрече.md:3", "AN0104");
    }

    [Fact]
    public async Task Event_file_named_with_spaces_is_an_error_naming_the_file()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Add("input/events/Geneva Forum.md", "---\nname: Forum\norganizer: UN\nstart: 2024-01-01\n---\n");

        string error = await site.AssertRejectedAtAsync("input/events/Geneva Forum.md", "AN0303");
        Assert.Contains("geneva-forum.md", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hidden_and_backup_files_are_ignored()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.AddBytes("input/posts/.DS_Store", [0, 1, 2, 0xFF]);
        site.AddBytes("input/posts/.good.md.swp", [0, 1, 2, 0xFF]);
        site.Add("input/posts/2024/good.md.bak", "not front matter");
        site.Add("input/posts/.hidden/draft.md", "not front matter");
        OutputTree before = OutputTree.Read(site.Site.Output);

        await site.AssertBuiltAsync();
        OutputTree.AssertIdentical(before, OutputTree.Read(site.Site.Output), "the output with stray files added");
    }

    [Theory]
    [InlineData(">", 100_000)]
    [InlineData("[", 100_000)]
    [InlineData("*a ", 50_000)]
    public async Task Absurdly_nested_markdown_is_a_clear_error_at_the_body(string repeated, int times)
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Add("input/posts/nested.md", "---\ntitle: Nested\ndate: 2024-04-18\n---\n" + string.Concat(Enumerable.Repeat(repeated, times)) + " x\n");

        await site.AssertRejectedAtAsync("input/posts/nested.md:5", "AN0503");
    }

    [Fact]
    public async Task Binary_file_with_md_extension_is_a_clear_error()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.AddBytes("input/posts/photo.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]);

        await site.AssertRejectedAtAsync("input/posts/photo.md:1", "AN0101");
    }

    [Fact]
    public async Task Nul_bytes_in_valid_utf8_are_refused_at_their_line()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Add("input/posts/nul.md", "---\ntitle: A\u0000B\ndate: 2024-04-18\n---\nBody.\n");

        BuildReport report = await site.BuildAsync();

        Assert.False(report.Succeeded);
        Assert.Contains(site.Site.Errors, e => e.StartsWith("input/posts/nul.md:2", StringComparison.Ordinal));
        site.AssertNoInternalErrors();
        site.AssertOutputIntact();
    }
}
