using Annals.Pipeline.FileSystem;
using Annals.Pipeline.Tests.Support;

namespace Annals.Pipeline.Tests.FileSystem;

public sealed class FileTreeTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string[] Relative(IEnumerable<string> files) =>
        [.. files.Select(f => Path.GetRelativePath(_temp.Root, f).Replace(Path.DirectorySeparatorChar, '/'))];

    [Fact]
    public void Lists_files_recursively_in_ordinal_order_skipping_hidden_entries()
    {
        _temp.Write("b.md", "");
        _temp.Write("a/z.md", "");
        _temp.Write("a/B.md", "");
        _temp.Write("C.md", "");
        _temp.Write(".hidden.md", "");
        _temp.Write(".git/config", "");
        _temp.Write("a/.draft/x.md", "");

        IReadOnlyList<string> files = FileTree.List(_temp.Root, _ => true);

        Assert.Equal(["C.md", "a/B.md", "a/z.md", "b.md"], Relative(files));
    }

    [Fact]
    public void Keeps_only_the_files_the_filter_accepts()
    {
        _temp.Write("a.md", "");
        _temp.Write("b.txt", "");

        IReadOnlyList<string> files = FileTree.List(_temp.Root, f => f.EndsWith(".md", StringComparison.Ordinal));

        Assert.Equal(["a.md"], Relative(files));
    }

    [Fact]
    public void A_missing_folder_has_no_files()
    {
        Assert.Empty(FileTree.List(_temp.PathOf("missing"), _ => true));
    }

    [Fact]
    public void Does_not_follow_a_folder_link_and_says_so()
    {
        _temp.Write("real/a.md", "");
        string link = _temp.PathOf("real/loop");
        try
        {
            Directory.CreateSymbolicLink(link, _temp.PathOf("real"));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            Assert.Skip("symbolic links cannot be created here: " + exception.Message);
        }

        var skipped = new List<string>();
        IReadOnlyList<string> files = FileTree.List(_temp.PathOf("real"), _ => true, skipped.Add);

        Assert.Equal(["real/a.md"], Relative(files));
        Assert.Equal([link], skipped);
    }

    [Fact]
    public void Does_not_list_a_file_link_because_it_could_publish_a_file_from_elsewhere()
    {
        _temp.Write("input/a.md", "");
        string secret = _temp.Write("private/secret.md", "");
        string link = _temp.PathOf("input/b.md");
        try
        {
            File.CreateSymbolicLink(link, secret);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            Assert.Skip("symbolic links cannot be created here: " + exception.Message);
        }

        var skipped = new List<string>();
        IReadOnlyList<string> files = FileTree.List(_temp.PathOf("input"), _ => true, skipped.Add);

        Assert.Equal(["input/a.md"], Relative(files));
        Assert.Equal([link], skipped);
    }
}
