using Annals.Pipeline.FileSystem;
using Annals.Pipeline.Tests.Support;

namespace Annals.Pipeline.Tests.FileSystem;

public sealed class StagedDirectoryTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Final => Path.Combine(_temp.Root, "site");

    public void Dispose() => _temp.Dispose();

    private string[] Siblings() =>
        [.. Directory.EnumerateFileSystemEntries(_temp.Root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Fact]
    public void Create_makes_a_hidden_staging_folder_beside_the_final_one()
    {
        using StagedDirectory staged = StagedDirectory.Create(Final);

        Assert.Equal(Final, staged.FinalPath);
        Assert.True(Directory.Exists(staged.StagingPath));
        Assert.Equal(_temp.Root, Path.GetDirectoryName(staged.StagingPath));
        Assert.StartsWith(".site.tmp-", Path.GetFileName(staged.StagingPath), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Final));
    }

    [Fact]
    public void Create_normalises_the_final_path()
    {
        using StagedDirectory staged = StagedDirectory.Create(Path.Combine(_temp.Root, "x", "..", "site") + Path.DirectorySeparatorChar);

        Assert.Equal(Final, staged.FinalPath);
    }

    [Fact]
    public void Create_makes_the_parent_folder_when_missing()
    {
        string final = Path.Combine(_temp.Root, "deep", "er", "site");

        using StagedDirectory staged = StagedDirectory.Create(final);

        Assert.True(Directory.Exists(staged.StagingPath));
        Assert.Equal(Path.GetDirectoryName(final), Path.GetDirectoryName(staged.StagingPath));
    }

    [Fact]
    public void Commit_replaces_the_previous_site_with_the_staged_one()
    {
        _temp.Write("site/old.html", "old");
        _temp.Write("site/index.html", "old index");
        using StagedDirectory staged = StagedDirectory.Create(Final);
        File.WriteAllText(Path.Combine(staged.StagingPath, "index.html"), "new index");
        Directory.CreateDirectory(Path.Combine(staged.StagingPath, "news"));
        File.WriteAllText(Path.Combine(staged.StagingPath, "news", "a.html"), "a");

        staged.Commit();

        Assert.Equal("new index", File.ReadAllText(Path.Combine(Final, "index.html")));
        Assert.Equal("a", File.ReadAllText(Path.Combine(Final, "news", "a.html")));
        Assert.False(File.Exists(Path.Combine(Final, "old.html")));
        Assert.False(Directory.Exists(staged.StagingPath));
        Assert.Equal(["site"], Siblings());
    }

    [Fact]
    public void Commit_keeping_retired_hands_over_the_previous_site_for_deleting_later()
    {
        _temp.Write("site/old.html", "old");
        using StagedDirectory staged = StagedDirectory.Create(Final);
        File.WriteAllText(Path.Combine(staged.StagingPath, "index.html"), "new");

        string? retired = staged.CommitKeepingRetired();

        Assert.NotNull(retired);
        Assert.Equal("new", File.ReadAllText(Path.Combine(Final, "index.html")));
        Assert.Equal("old", File.ReadAllText(Path.Combine(retired, "old.html")));
        Assert.StartsWith(".", Path.GetFileName(retired), StringComparison.Ordinal);

        StagedDirectory.DeleteRetired(retired);

        Assert.False(Directory.Exists(retired));
        Assert.Equal(["site"], Siblings());
    }

    [Fact]
    public void Commit_keeping_retired_has_nothing_to_hand_over_without_a_previous_site()
    {
        using StagedDirectory staged = StagedDirectory.Create(Final);

        Assert.Null(staged.CommitKeepingRetired());
        Assert.True(Directory.Exists(Final));
    }

    [Fact]
    public void Commit_works_when_there_was_no_previous_site()
    {
        using StagedDirectory staged = StagedDirectory.Create(Final);
        File.WriteAllText(Path.Combine(staged.StagingPath, "index.html"), "first");

        staged.Commit();

        Assert.Equal("first", File.ReadAllText(Path.Combine(Final, "index.html")));
        Assert.Equal(["site"], Siblings());
    }

    [Fact]
    public void Disposing_without_commit_removes_the_staging_folder_and_leaves_the_previous_site()
    {
        _temp.Write("site/index.html", "last good");
        string staging;
        using (StagedDirectory staged = StagedDirectory.Create(Final))
        {
            staging = staged.StagingPath;
            File.WriteAllText(Path.Combine(staging, "index.html"), "half built");
        }

        Assert.False(Directory.Exists(staging));
        Assert.Equal("last good", File.ReadAllText(Path.Combine(Final, "index.html")));
        Assert.Equal(["site"], Siblings());
    }

    [Fact]
    public void Before_commit_the_previous_site_is_untouched()
    {
        _temp.Write("site/index.html", "last good");
        using StagedDirectory staged = StagedDirectory.Create(Final);
        File.WriteAllText(Path.Combine(staged.StagingPath, "index.html"), "in progress");

        Assert.Equal("last good", File.ReadAllText(Path.Combine(Final, "index.html")));
    }

    [Fact]
    public void Disposing_after_commit_keeps_the_committed_site()
    {
        StagedDirectory staged = StagedDirectory.Create(Final);
        File.WriteAllText(Path.Combine(staged.StagingPath, "index.html"), "kept");
        staged.Commit();

        staged.Dispose();

        Assert.Equal("kept", File.ReadAllText(Path.Combine(Final, "index.html")));
    }

    [Fact]
    public void Commit_twice_or_after_dispose_is_refused()
    {
        using StagedDirectory committed = StagedDirectory.Create(Final);
        committed.Commit();
        Assert.Throws<ObjectDisposedException>(committed.Commit);

        StagedDirectory disposed = StagedDirectory.Create(Path.Combine(_temp.Root, "other"));
        disposed.Dispose();
        Assert.Throws<ObjectDisposedException>(disposed.Commit);
        Assert.False(Directory.Exists(Path.Combine(_temp.Root, "other")));
    }

    [Fact]
    public void Create_removes_leftovers_of_killed_builds_and_nothing_else()
    {
        _temp.Write("site/index.html", "last good");
        _temp.Write(".site.tmp-0123abcd/index.html", "killed build");
        _temp.Write(".site.old-4567efab/index.html", "retired site");
        _temp.Write(".site.keep/note.txt", "not ours");
        _temp.Write(".sitemap.tmp-89ab/x", "another folder's staging");
        _temp.Write(".other.tmp-1/x", "another folder's staging");
        _temp.Write("site.tmp-1/x", "not hidden");

        using StagedDirectory staged = StagedDirectory.Create(Final);

        Assert.Equal(
            [".other.tmp-1", ".site.keep", Path.GetFileName(staged.StagingPath), ".sitemap.tmp-89ab", "site", "site.tmp-1"],
            Siblings());
        Assert.Equal("last good", File.ReadAllText(Path.Combine(Final, "index.html")));
    }

    [Fact]
    public void Create_puts_back_the_newest_site_retired_by_a_build_killed_during_its_commit()
    {
        _temp.Write(".site.old-0000000000000000001-aaaa/index.html", "older");
        _temp.Write(".site.old-0000000000000000002-bbbb/index.html", "last good");
        _temp.Write(".site.tmp-cccc/index.html", "half built");

        using StagedDirectory staged = StagedDirectory.Create(Final);

        Assert.Equal("last good", File.ReadAllText(Path.Combine(Final, "index.html")));
        Assert.Equal([Path.GetFileName(staged.StagingPath), "site"], Siblings());
    }

    [Fact]
    public void A_commit_that_fails_after_retiring_the_previous_site_loses_nothing_for_the_next_build()
    {
        _temp.Write("site/index.html", "last good");
        var staged = StagedDirectory.Create(Final);
        Directory.Delete(staged.StagingPath, recursive: true);

        Assert.ThrowsAny<IOException>(staged.Commit);
        staged.Dispose();
        using StagedDirectory next = StagedDirectory.Create(Final);

        Assert.Equal("last good", File.ReadAllText(Path.Combine(Final, "index.html")));
    }

    [Fact]
    public void A_file_system_root_cannot_be_the_output_folder()
    {
        string root = Path.GetPathRoot(_temp.Root)!;

        Assert.Throws<ArgumentException>(() => StagedDirectory.Create(root));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void The_output_folder_needs_a_name(string path)
    {
        Assert.ThrowsAny<ArgumentException>(() => StagedDirectory.Create(path));
    }
}
