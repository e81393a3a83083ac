using Annals.Pipeline.FileSystem;
using Annals.Pipeline.Tests.Support;

namespace Annals.Pipeline.Tests.FileSystem;

public sealed class FileTreeStampsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Relative(FileTreeStamp stamp) => Path.GetRelativePath(_temp.Root, stamp.FullPath).Replace(Path.DirectorySeparatorChar, '/');

    [Fact]
    public void Lists_files_with_their_sizes_and_times_in_ordinal_order_skipping_hidden_entries()
    {
        _temp.Write("b.md", "four");
        _temp.Write("a/z.md", "");
        _temp.Write("a/B.md", "12");
        _temp.Write(".hidden.md", "");
        _temp.Write("a/.draft/x.md", "");
        var written = new DateTime(2024, 4, 15, 10, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(_temp.PathOf("b.md"), written);

        IReadOnlyList<FileTreeStamp> stamps = FileTreeStamps.List(_temp.Root);

        Assert.Equal(["a/B.md", "a/z.md", "b.md"], stamps.Select(Relative));
        Assert.Equal([2L, 0L, 4L], stamps.Select(s => s.Length));
        Assert.Equal(written.Ticks, stamps[2].LastWriteTicks);
        Assert.All(stamps, s => Assert.False(s.IsLink));
    }

    [Fact]
    public void Lists_links_to_files_and_folders_without_following_them()
    {
        _temp.Write("real/a.md", "a");
        _temp.Write("elsewhere/secret.txt", "s");
        try
        {
            Directory.CreateSymbolicLink(_temp.PathOf("real/loop"), _temp.PathOf("real"));
            File.CreateSymbolicLink(_temp.PathOf("real/secret.txt"), _temp.PathOf("elsewhere/secret.txt"));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            Assert.Skip("symbolic links cannot be created here: " + exception.Message);
        }

        IReadOnlyList<FileTreeStamp> stamps = FileTreeStamps.List(_temp.PathOf("real"));

        Assert.Equal(["real/a.md", "real/loop", "real/secret.txt"], stamps.Select(Relative));
        Assert.Equal([false, true, true], stamps.Select(s => s.IsLink));
        Assert.Equal(-1, stamps[2].Length);
    }

    [Fact]
    public void Lists_files_at_every_depth_and_skips_hidden_folders_at_any_depth()
    {
        string[] files = ["x.md", "a/y.md", "a/b/z.md", "a/b/c/w.md", "d/e/f/g/h.md", "d/v.md", "e/f/g.md"];
        foreach (string file in files)
        {
            _temp.Write(file, file);
        }

        _temp.Write("a/.h/q.md", "");
        _temp.Write("a/b/.h/r.md", "");
        _temp.Write("d/e/f/.g/s.md", "");
        Directory.CreateDirectory(_temp.PathOf("empty/deeper"));

        IReadOnlyList<FileTreeStamp> stamps = FileTreeStamps.List(_temp.Root);

        Assert.Equal(files.Order(StringComparer.Ordinal), stamps.Select(Relative));
        Assert.Equal(files.Order(StringComparer.Ordinal).Select(f => (long)f.Length), stamps.Select(s => s.Length));
    }

    [Fact]
    public void A_written_file_is_stamped_as_the_listing_stamps_it_and_listed_unless_hidden()
    {
        _temp.Write("a/b.html", "<p>x</p>");
        _temp.Write("a/.c/d.html", "");

        FileTreeStamp written = FileTreeStamps.OfWritten(_temp.PathOf("a/b.html"));

        Assert.Equal(FileTreeStamps.List(_temp.Root).Single(), written);
        Assert.True(FileTreeStamps.IsListed(Path.Combine("a", "b.html")));
        Assert.False(FileTreeStamps.IsListed(Path.Combine("a", ".c", "d.html")));
        Assert.False(FileTreeStamps.IsListed(".e.html"));
        Assert.True(FileTreeStamps.IsListed(Path.Combine("a.b", "c.d", "e.html")));
        Assert.False(FileTreeStamps.IsListed(Path.Combine("a", "b", ".well-known")));
    }

    [Fact]
    public void A_missing_folder_has_no_files()
    {
        Assert.Empty(FileTreeStamps.List(_temp.PathOf("missing")));
    }

    [Fact]
    public void Files_spread_over_many_folders_walked_side_by_side_are_each_listed_once_with_their_own_sizes()
    {
        var expected = new List<(string Path, long Length)>();
        for (int year = 0; year < 12; year++)
        {
            for (int page = 0; page < 25; page++)
            {
                string path = $"news/{2000 + year}/item-{page:D2}/index.html";
                string text = new('x', (year * 25) + page);
                _temp.Write(path, text);
                expected.Add((path, text.Length));
            }
        }

        _temp.Write("news/index.html", "top");
        expected.Add(("news/index.html", 3));
        expected.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));

        IReadOnlyList<FileTreeStamp> stamps = FileTreeStamps.List(_temp.Root);

        Assert.Equal(expected.Select(e => e.Path), stamps.Select(Relative));
        Assert.Equal(expected.Select(e => e.Length), stamps.Select(s => s.Length));
    }
}
