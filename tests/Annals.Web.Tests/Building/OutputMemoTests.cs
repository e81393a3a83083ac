using Annals.Web.Building;

namespace Annals.Web.Tests.Building;

public sealed class OutputMemoTests
{
    [Fact]
    public void The_same_stamp_gives_back_the_text_without_writing_it_again()
    {
        var memo = new OutputMemo();
        int writes = 0;
        string Write() => $"feed {++writes}";

        string first = memo.GetOrMake("feed.xml", 7, Write);
        memo.Sweep();
        string second = memo.GetOrMake("feed.xml", 7, Write);

        Assert.Equal("feed 1", first);
        Assert.Same(first, second);
        Assert.Equal(1, writes);
    }

    [Fact]
    public void A_different_stamp_writes_the_text_again()
    {
        var memo = new OutputMemo();
        memo.GetOrMake("feed.xml", 7, () => "old");
        memo.Sweep();
        int writes = 0;

        string text = memo.GetOrMake("feed.xml", 8, () => $"new {++writes}");

        Assert.Equal("new 1", text);
        Assert.Equal(1, writes);
    }

    [Fact]
    public void The_same_stamp_under_another_destination_is_another_text()
    {
        var memo = new OutputMemo();
        memo.GetOrMake("a/feed.xml", 7, () => "a");

        Assert.Equal("b", memo.GetOrMake("b/feed.xml", 7, () => "b"));
    }

    [Fact]
    public void A_text_no_run_used_is_forgotten_after_the_next_run()
    {
        var memo = new OutputMemo();
        memo.GetOrMake("topics/gone/feed.xml", 7, () => "gone");
        memo.Sweep();
        memo.Sweep();

        string text = memo.GetOrMake("topics/gone/feed.xml", 7, () => "written again");

        Assert.Equal("written again", text);
    }
}
