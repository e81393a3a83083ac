using Annals.Pipeline.FileSystem;
using Annals.Pipeline.Tests.Support;

namespace Annals.Pipeline.Tests.FileSystem;

public sealed class FileListingsTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly FileListings _listings = new();

    public void Dispose() => _temp.Dispose();

    private static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.Ordinal);

    private string[] List() =>
        [.. _listings.List(_temp.Root, IsMarkdown).Select(f => Path.GetRelativePath(_temp.Root, f).Replace(Path.DirectorySeparatorChar, '/'))];

    [Fact]
    public void Lists_what_the_file_tree_lists()
    {
        _temp.Write("b.md", "");
        _temp.Write("a/c.md", "");
        _temp.Write("d.txt", "");

        Assert.Equal(["a/c.md", "b.md"], List());
    }

    [Fact]
    public void Keeps_the_listing_until_a_change_is_reported()
    {
        _temp.Write("a.md", "");
        List();
        _temp.Write("new.md", "");

        // Not reported: the listing in memory is used, so the folder was not walked again.
        Assert.Equal(["a.md"], List());
    }

    [Fact]
    public void An_edited_file_that_is_still_there_keeps_the_listing()
    {
        string edited = _temp.Write("a.md", "");
        List();
        _temp.Write("unreported.md", "");
        File.WriteAllText(edited, "changed");

        _listings.Invalidate([edited]);

        Assert.Equal(["a.md"], List());
    }

    [Fact]
    public void A_new_file_drops_the_listing()
    {
        _temp.Write("a.md", "");
        List();
        string added = _temp.Write("b.md", "");

        _listings.Invalidate([added]);

        Assert.Equal(["a.md", "b.md"], List());
    }

    [Fact]
    public void A_deleted_or_renamed_file_drops_the_listing()
    {
        string gone = _temp.Write("a.md", "");
        _temp.Write("b.md", "");
        List();
        File.Move(gone, Path.Combine(_temp.Root, "c.md"));

        _listings.Invalidate([gone]);

        Assert.Equal(["b.md", "c.md"], List());
    }

    [Fact]
    public void A_file_the_listing_would_not_include_changes_nothing()
    {
        _temp.Write("a.md", "");
        List();
        _temp.Write("unreported.md", "");
        string swap = _temp.Write("a.md.swp", "");

        _listings.Invalidate([swap]);

        Assert.Equal(["a.md"], List());
    }

    [Fact]
    public void A_changed_folder_under_or_above_the_listed_one_drops_the_listing()
    {
        _temp.Write("a.md", "");
        List();
        _temp.Write("sub/b.md", "");

        _listings.Invalidate([Path.Combine(_temp.Root, "sub")]);
        Assert.Equal(["a.md", "sub/b.md"], List());

        _temp.Write("c.md", "");
        _listings.Invalidate([Path.GetDirectoryName(_temp.Root)!]);
        Assert.Equal(["a.md", "c.md", "sub/b.md"], List());
    }

    [Fact]
    public void Forgetting_everything_walks_again()
    {
        _temp.Write("a.md", "");
        List();
        _temp.Write("b.md", "");

        _listings.ForgetAll();

        Assert.Equal(["a.md", "b.md"], List());
    }
}
