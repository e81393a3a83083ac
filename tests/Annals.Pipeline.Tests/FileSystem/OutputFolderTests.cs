using Annals.Pipeline.FileSystem;
using Annals.Pipeline.Tests.Support;

namespace Annals.Pipeline.Tests.FileSystem;

public sealed class OutputFolderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_written_file_has_its_bytes_in_new_folders_and_the_stamp_the_listing_gives_it()
    {
        var folder = new OutputFolder();

        FileTreeStamp first = folder.Write(_temp.PathOf("posts/report/index.html"), "<p>Vienna</p>"u8);
        FileTreeStamp second = folder.Write(_temp.PathOf("posts/report/feed.xml"), "<feed/>"u8);

        Assert.Equal("<p>Vienna</p>", File.ReadAllText(_temp.PathOf("posts/report/index.html")));
        Assert.Equal([second, first], FileTreeStamps.List(_temp.Root));
        Assert.Equal(13, first.Length);
    }

    [Fact]
    public void Writing_again_replaces_the_whole_file()
    {
        var folder = new OutputFolder();
        string path = _temp.PathOf("a.html");
        folder.Write(path, "a much longer first version"u8);

        FileTreeStamp stamp = folder.Write(path, "short"u8);

        Assert.Equal("short", File.ReadAllText(path));
        Assert.Equal(FileTreeStamps.List(_temp.Root).Single(), stamp);
    }

    [Fact]
    public void A_folder_deleted_after_its_first_file_is_made_again_for_the_next()
    {
        var folder = new OutputFolder();
        folder.Write(_temp.PathOf("events/e/index.html"), "1"u8);
        Directory.Delete(_temp.PathOf("events"), recursive: true);

        folder.Write(_temp.PathOf("events/e/event.ics"), "2"u8);
        folder.Copy(_temp.PathOf("events/e/event.ics"), _temp.PathOf("gone/copy.ics"));
        Directory.Delete(_temp.PathOf("gone"), recursive: true);
        FileTreeStamp copied = folder.Copy(_temp.PathOf("events/e/event.ics"), _temp.PathOf("gone/copy.ics"));

        Assert.Equal("2", File.ReadAllText(_temp.PathOf("events/e/event.ics")));
        Assert.Equal("2", File.ReadAllText(_temp.PathOf("gone/copy.ics")));
        Assert.Equal(FileTreeStamps.List(_temp.PathOf("gone")).Single(), copied);
    }

    [Fact]
    public void Files_written_at_once_into_a_folder_not_yet_made_are_all_written()
    {
        // Several threads reach a new folder together, as the three files of admin/ do: one makes it while the others
        // fail to open their files, and .NET may report that as a missing file rather than a missing folder.
        for (int round = 0; round < 300; round++)
        {
            var folder = new OutputFolder();
            Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => folder.Write(_temp.PathOf($"r{round}/admin/f{i}.txt"), "x"u8));
        }

        Assert.Equal(1200, FileTreeStamps.List(_temp.Root).Count);
    }

    [Fact]
    public void A_writer_that_remembers_no_folders_writes_into_new_and_existing_ones()
    {
        var folder = new OutputFolder(rememberFolders: false);

        FileTreeStamp first = folder.Write(_temp.PathOf("news/a/index.html"), "a"u8);
        FileTreeStamp second = folder.Write(_temp.PathOf("news/a/feed.xml"), "b"u8);

        Assert.Equal([second, first], FileTreeStamps.List(_temp.Root));
    }
}
