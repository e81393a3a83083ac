using Annals.Pipeline.Running;
using Annals.Pipeline.Tests.Support;
using static Annals.Pipeline.Tests.Support.TestModules;

namespace Annals.Pipeline.Tests.Running;

public sealed class PipelineGraphTests
{
    [Fact]
    public void Pipelines_come_after_the_pipelines_they_depend_on()
    {
        PipelineGraph graph = PipelineGraph.Build(
        [
            Runs.Pipeline("sitemap", "pages", "posts"),
            Runs.Pipeline("posts", "assets"),
            Runs.Pipeline("pages"),
            Runs.Pipeline("assets"),
        ]);

        string[] order = [.. graph.Pipelines.Select(p => p.Name)];
        Assert.Equal(4, order.Length);
        Assert.True(Array.IndexOf(order, "assets") < Array.IndexOf(order, "posts"), string.Join(",", order));
        Assert.True(Array.IndexOf(order, "posts") < Array.IndexOf(order, "sitemap"), string.Join(",", order));
        Assert.True(Array.IndexOf(order, "pages") < Array.IndexOf(order, "sitemap"), string.Join(",", order));
        Assert.Equal(["assets", "pages", "posts", "sitemap"], graph.ByName.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_cycle_is_refused_and_named()
    {
        var exception = Assert.Throws<PipelineGraphException>(() => PipelineGraph.Build([Runs.Pipeline("A", "B"), Runs.Pipeline("B", "A")]));

        Assert.Contains("A -> B -> A", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_longer_cycle_is_named_without_the_pipelines_that_lead_into_it()
    {
        var exception = Assert.Throws<PipelineGraphException>(() => PipelineGraph.Build(
        [
            Runs.Pipeline("entry", "B"),
            Runs.Pipeline("B", "C"),
            Runs.Pipeline("C", "D"),
            Runs.Pipeline("D", "B"),
        ]));

        Assert.Contains("cycle: B -> C -> D -> B.", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("entry", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pipeline_depending_on_itself_is_a_cycle()
    {
        var exception = Assert.Throws<PipelineGraphException>(() => PipelineGraph.Build([Runs.Pipeline("A", "A")]));

        Assert.Contains("A -> A", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_dependency_is_named_with_the_known_pipelines()
    {
        var exception = Assert.Throws<PipelineGraphException>(() => PipelineGraph.Build(
            [Runs.Pipeline("posts"), Runs.Pipeline("feed", "post"), Runs.Pipeline("assets")]));

        Assert.Equal(
            "Pipeline 'feed' depends on 'post', but no pipeline has that name (known pipelines: assets, feed, posts).",
            exception.Message);
    }

    [Fact]
    public void Pipeline_names_are_compared_ordinally()
    {
        var exception = Assert.Throws<PipelineGraphException>(() => PipelineGraph.Build(
            [Runs.Pipeline("Posts"), Runs.Pipeline("feed", "posts")]));

        Assert.Contains("depends on 'posts'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_names_are_refused()
    {
        var exception = Assert.Throws<PipelineGraphException>(() => PipelineGraph.Build([Runs.Pipeline("posts"), Runs.Pipeline("posts")]));

        Assert.Contains("'posts'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("unique", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_runner_checks_the_graph_when_it_is_built()
    {
        Assert.Throws<PipelineGraphException>(() => new PipelineRunner([Runs.Pipeline("A", "B"), Runs.Pipeline("B", "A")]));
    }

    [Fact]
    public void The_plan_is_a_copy_with_duplicate_dependencies_removed()
    {
        PipelineDefinition posts = Runs.Pipeline("posts");
        PipelineDefinition feed = Runs.Pipeline("feed", "posts", "posts");
        feed.Process.Add(Emit("x"));

        PipelineGraph graph = PipelineGraph.Build([posts, feed]);
        feed.Process.Clear();
        feed.Dependencies.Clear();

        PlannedPipeline planned = graph.ByName["feed"];
        Assert.Equal(["posts"], planned.Dependencies);
        Assert.Single(planned.Process);
        Assert.Empty(planned.Input);
    }

    [Fact]
    public void An_empty_set_of_pipelines_is_a_valid_graph()
    {
        Assert.Empty(PipelineGraph.Build([]).Pipelines);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_pipeline_needs_a_name(string name)
    {
        Assert.ThrowsAny<ArgumentException>(() => new PipelineDefinition(name));
    }
}
