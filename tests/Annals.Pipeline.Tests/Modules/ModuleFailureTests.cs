using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;

namespace Annals.Pipeline.Tests.Modules;

public sealed class ModuleFailureTests
{
    [Fact]
    public void Names_the_source_of_the_document()
    {
        Diagnostic diagnostic = ModuleFailure.For(new Document("input/a.md", "a.html"), "posts", new InvalidOperationException("boom"));

        Assert.Equal(
            "input/a.md: error AN0001: internal error while processing this file in pipeline 'posts': InvalidOperationException: boom",
            diagnostic.ToString());
    }

    [Fact]
    public void Falls_back_to_the_destination_then_to_the_pipeline()
    {
        Assert.Equal("a.html", ModuleFailure.For(new Document(null, "a.html"), "p", new InvalidOperationException()).Location?.Path);
        Assert.Equal("pipeline p", ModuleFailure.For(new Document(null, null), "p", new InvalidOperationException()).Location?.Path);
        Assert.Equal("pipeline p", ModuleFailure.For(null, "p", new InvalidOperationException()).Location?.Path);
    }

    [Fact]
    public void Needs_an_exception()
    {
        Assert.Throws<ArgumentNullException>(() => ModuleFailure.For(null, "p", null!));
    }
}
