using Annals.Pipeline.FileSystem;
using Annals.Pipeline.Tests.Support;

namespace Annals.Pipeline.Tests.FileSystem;

public sealed class SafePathTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Root => Path.Combine(_temp.Root, "out");

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("index.html", "index.html")]
    [InlineData("news/2024/x/index.html", "news/2024/x/index.html")]
    [InlineData("news/../about/index.html", "about/index.html")]
    [InlineData("./a/./b.css", "a/b.css")]
    [InlineData("..foo/bar", "..foo/bar")]
    [InlineData("news/genève-\u00A0ü/index.html", "news/genève-\u00A0ü/index.html")]
    public void Joins_a_relative_path_under_the_root(string relative, string expected)
    {
        string expectedPath = Path.Combine(Root, expected.Replace('/', Path.DirectorySeparatorChar));

        Assert.Equal(expectedPath, SafePath.Combine(Root, relative));
    }

    [Fact]
    public void A_trailing_separator_on_the_root_changes_nothing()
    {
        Assert.Equal(Path.Combine(Root, "a.html"), SafePath.Combine(Root + Path.DirectorySeparatorChar, "a.html"));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("../x.html")]
    [InlineData("a/../../x.html")]
    [InlineData("a/b/../../../x.html")]
    [InlineData("../out-evil/x.html")]
    [InlineData("../out/../../x.html")]
    public void Refuses_paths_that_climb_out_of_the_root(string relative)
    {
        Assert.Null(SafePath.Combine(Root, relative));
    }

    [Fact]
    public void Refuses_a_sibling_folder_whose_name_starts_like_the_root()
    {
        // "out" and "out2" share a prefix: a plain prefix test would let this through.
        Assert.Null(SafePath.Combine(Root, "../out2/x.html"));
    }

    [Fact]
    public void Refuses_absolute_paths()
    {
        Assert.Null(SafePath.Combine(Root, Path.Combine(Root, "x.html")));
        Assert.Null(SafePath.Combine(Root, "/etc/passwd"));
        Assert.Null(SafePath.Combine(Root, Path.DirectorySeparatorChar + "x.html"));
    }

    [Theory]
    [InlineData("a\0b.html")]
    [InlineData("a\nb.html")]
    [InlineData("a\rb.html")]
    [InlineData("tab\there.html")]
    [InlineData("bell\u0007.html")]
    [InlineData("del\u007F.html")]
    [InlineData("c1\u0085.html")]
    [InlineData("end\u009F")]
    public void Refuses_control_characters(string relative)
    {
        Assert.Null(SafePath.Combine(Root, relative));
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("a/..")]
    public void Refuses_the_root_itself(string relative)
    {
        Assert.Null(SafePath.Combine(Root, relative));
    }

    [Fact]
    public void Needs_a_root()
    {
        Assert.Throws<ArgumentNullException>(() => SafePath.Combine(null!, "a.html"));
    }
}
