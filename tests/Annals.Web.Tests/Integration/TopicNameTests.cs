namespace Annals.Web.Tests.Integration;

public sealed class TopicNameTests
{
    [Fact]
    public async Task A_topic_is_named_as_the_first_file_in_path_order_spells_it_not_the_newest()
    {
        using var site = new TestSite();
        site.AddPost("input/posts/b-newest.md", "Newest", "2024-05-01", "topics: [\"human TRAFFICKING\"]\n");
        site.AddPost("input/posts/z-oldest.md", "Oldest", "2020-01-01", "topics: [\"HUMAN trafficking\"]\n");
        site.AddPost("input/posts/a-middle.md", "Middle", "2022-03-01", "topics: [\"Human Trafficking\", \"human trafficking\"]\n");

        await site.BuildAsync();

        Assert.Empty(site.Messages);
        Assert.Equal("Human Trafficking", site.Html("topics/human-trafficking/index.html").QuerySelector("h1")!.TextContent.Trim());
    }
}
