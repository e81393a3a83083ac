using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Pipeline.Running;

namespace Annals.Pipeline.Tests.Running;

public sealed class RunResultTests
{
    private static RunResult Result(bool outputPhaseRan, params Diagnostic[] diagnostics) =>
        new(ImmutableDictionary<string, ImmutableArray<Document>>.Empty, [.. diagnostics], [], outputPhaseRan);

    [Fact]
    public void Succeeds_only_when_Output_ran_and_no_error_was_reported()
    {
        Assert.True(Result(true).Succeeded);
        Assert.True(Result(true, Diagnostic.Warning("W", "w"), new Diagnostic(Severity.Info, "I", "i")).Succeeded);
        Assert.False(Result(true, Diagnostic.Error("E", "e")).Succeeded);
        Assert.False(Result(false).Succeeded);
    }

    [Fact]
    public void Counts_errors_and_warnings()
    {
        RunResult result = Result(
            false,
            Diagnostic.Error("E", "1"),
            Diagnostic.Error("E", "2"),
            Diagnostic.Warning("W", "3"),
            new Diagnostic(Severity.Info, "I", "4"));

        Assert.Equal(2, result.ErrorCount);
        Assert.Equal(1, result.WarningCount);
    }

    [Fact]
    public void Adds_up_the_time_of_each_pipeline_over_its_phases()
    {
        var result = new RunResult(
            ImmutableDictionary<string, ImmutableArray<Document>>.Empty,
            [],
            [
                new PhaseTiming("posts", Phase.Input, TimeSpan.FromMilliseconds(10), 3),
                new PhaseTiming("assets", Phase.Input, TimeSpan.FromMilliseconds(5), 1),
                new PhaseTiming("posts", Phase.Process, TimeSpan.FromMilliseconds(30), 3),
                new PhaseTiming("posts", Phase.Output, TimeSpan.FromMilliseconds(2), 3),
            ],
            true);

        Assert.Equal(
            [("posts", TimeSpan.FromMilliseconds(42)), ("assets", TimeSpan.FromMilliseconds(5))],
            result.TimePerPipeline());
    }
}
