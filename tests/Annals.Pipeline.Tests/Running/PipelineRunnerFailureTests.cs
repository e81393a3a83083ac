using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Pipeline.Running;
using Annals.Pipeline.Tests.Support;
using static Annals.Pipeline.Tests.Support.TestModules;

namespace Annals.Pipeline.Tests.Running;

public sealed class PipelineRunnerFailureTests
{
    [Fact]
    public async Task An_error_diagnostic_skips_the_Output_phase_of_every_pipeline()
    {
        var log = new EventLog();
        PipelineDefinition a = Runs.Pipeline("a");
        a.Process.Add(Do((_, context) => context.Diagnostics.Report(Diagnostic.Error("AN9999", "broken", new SourceLocation("input/a.md", 2)))));
        a.Output.Add(Record(log, "a:output"));
        PipelineDefinition b = Runs.Pipeline("b");
        b.PostProcess.Add(Record(log, "b:post"));
        b.Output.Add(Record(log, "b:output"));

        RunResult result = await Runs.RunAsync(a, b);

        Assert.Equal(["b:post"], log.Events);
        Assert.False(result.OutputPhaseRan);
        Assert.False(result.Succeeded);
        Assert.Equal(1, result.ErrorCount);
        Assert.Equal("input/a.md:2: error AN9999: broken", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public async Task A_warning_skips_the_Output_phase_when_warnings_are_errors()
    {
        var log = new EventLog();
        PipelineDefinition pipeline = Runs.Pipeline("p");
        pipeline.PostProcess.Add(Do((_, context) => context.Diagnostics.Report(Diagnostic.Warning("AN9998", "dubious"))));
        pipeline.Output.Add(Record(log, "output"));

        RunResult result = await Runs.RunAsync(new RunnerOptions { WarningsAreErrors = true }, pipeline);

        Assert.Empty(log.Events);
        Assert.False(result.OutputPhaseRan);
        Assert.False(result.Succeeded);
        Assert.Equal(1, result.WarningCount);
    }

    [Fact]
    public async Task A_warning_does_not_skip_the_Output_phase_by_default()
    {
        var log = new EventLog();
        PipelineDefinition pipeline = Runs.Pipeline("p");
        pipeline.Process.Add(Do((_, context) => context.Diagnostics.Report(Diagnostic.Warning("AN9998", "dubious"))));
        pipeline.Output.Add(Record(log, "output"));

        RunResult result = await Runs.RunAsync(pipeline);

        Assert.Equal(["output"], log.Events);
        Assert.True(result.OutputPhaseRan);
        Assert.True(result.Succeeded);
        Assert.Equal(1, result.WarningCount);
        Assert.Equal(0, result.ErrorCount);
    }

    [Fact]
    public async Task An_error_in_the_Output_phase_fails_the_run()
    {
        PipelineDefinition pipeline = Runs.Pipeline("p");
        pipeline.Output.Add(Do((_, context) => context.Diagnostics.Report(Diagnostic.Error("AN9997", "disk full"))));

        RunResult result = await Runs.RunAsync(pipeline);

        Assert.True(result.OutputPhaseRan);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task A_module_exception_is_reported_its_dependents_are_skipped_and_the_others_still_run()
    {
        var log = new EventLog();
        PipelineDefinition failing = Runs.Pipeline("failing");
        failing.Input.Add(Emit("input/a.md"));
        failing.Process.Add(Throw(new InvalidOperationException("boom")));
        failing.Process.Add(Record(log, "failing:after-throw"));
        failing.PostProcess.Add(Record(log, "failing:post"));

        PipelineDefinition dependent = Runs.Pipeline("dependent", "failing");
        dependent.Input.Add(Record(log, "dependent:input"));
        dependent.Process.Add(Record(log, "dependent:process"));
        dependent.PostProcess.Add(Record(log, "dependent:post"));

        PipelineDefinition transitive = Runs.Pipeline("transitive", "dependent");
        transitive.Process.Add(Record(log, "transitive:process"));
        transitive.PostProcess.Add(Record(log, "transitive:post"));

        PipelineDefinition independent = Runs.Pipeline("independent");
        independent.Input.Add(Emit("i"));
        independent.Process.Add(Record(log, "independent:process"));
        independent.PostProcess.Add(Record(log, "independent:post"));
        independent.Output.Add(Record(log, "independent:output"));

        RunResult result = await Runs.RunAsync(failing, dependent, transitive, independent);

        Assert.Equal(
            ["dependent:input", "independent:post", "independent:process"],
            log.Events.Order(StringComparer.Ordinal));
        Assert.False(result.Succeeded);
        Assert.False(result.OutputPhaseRan);
        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(ModuleFailure.Code, error.Code);
        Assert.Equal("pipeline failing", error.Location?.Path);
        Assert.Contains("'failing'", error.Message, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: boom", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Outputs["failing"]);
        Assert.Empty(result.Outputs["dependent"]);
        Assert.Empty(result.Outputs["transitive"]);
        Assert.Equal(["i"], result.Outputs["independent"].Select(d => d.Source));
    }

    [Fact]
    public async Task A_DocumentException_is_reported_at_the_documents_source_path()
    {
        PipelineDefinition pipeline = Runs.Pipeline("posts");
        pipeline.Input.Add(Emit("input/posts/a.md", "input/posts/b.md"));
        pipeline.Process.Add(new DelegateModule((inputs, _) =>
            throw new DocumentException(inputs[1], "front matter is not YAML", new FormatException("line 3"))));

        RunResult result = await Runs.RunAsync(pipeline);

        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal("input/posts/b.md", error.Location?.Path);
        Assert.StartsWith("input/posts/b.md: error AN0001: ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("front matter is not YAML", error.Message, StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task An_exception_in_per_document_work_names_that_document_and_drops_only_it()
    {
        var log = new EventLog();
        PipelineDefinition pipeline = Runs.Pipeline("pages");
        pipeline.Input.Add(Emit("input/a.md", "input/bad.md", "input/c.md"));
        pipeline.Process.Add(DelegateModule.ForEach((document, _) => document.Source == "input/bad.md"
            ? throw new InvalidDataException("cannot parse")
            : document.WithDestination(document.Source + ".html")));
        PipelineDefinition dependent = Runs.Pipeline("dependent", "pages");
        dependent.Process.Add(Do((_, context) => log.Add($"dependent saw {context.OutputsOf("pages").Length}")));

        RunResult result = await Runs.RunAsync(pipeline, dependent);

        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal("input/bad.md", error.Location?.Path);
        Assert.Contains("InvalidDataException: cannot parse", error.Message, StringComparison.Ordinal);
        Assert.Equal(["input/a.md.html", "input/c.md.html"], result.Outputs["pages"].Select(d => d.Destination));
        Assert.Equal(["dependent saw 2"], log.Events);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task An_exception_in_the_Input_phase_skips_the_pipelines_Process_phase()
    {
        var log = new EventLog();
        PipelineDefinition pipeline = Runs.Pipeline("p");
        pipeline.Input.Add(Throw(new IOException("unreadable")));
        pipeline.Process.Add(Record(log, "process"));
        pipeline.PostProcess.Add(Record(log, "post"));

        RunResult result = await Runs.RunAsync(pipeline);

        Assert.Empty(log.Events);
        Assert.Contains("IOException: unreadable", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exception_in_the_Output_phase_is_reported()
    {
        PipelineDefinition pipeline = Runs.Pipeline("p");
        pipeline.Output.Add(Throw(new UnauthorizedAccessException("read-only")));

        RunResult result = await Runs.RunAsync(pipeline);

        Assert.True(result.OutputPhaseRan);
        Assert.False(result.Succeeded);
        Assert.Contains("read-only", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnostics_of_a_run_are_sorted_and_also_left_in_the_given_bag()
    {
        PipelineDefinition pipeline = Runs.Pipeline("p");
        pipeline.Process.Add(Do((_, context) =>
        {
            context.Diagnostics.Report(Diagnostic.Warning("AN2", "second", new SourceLocation("b.md")));
            context.Diagnostics.Report(Diagnostic.Warning("AN1", "first", new SourceLocation("a.md")));
        }));
        var bag = new DiagnosticBag();

        RunResult result = await Wait.For(new PipelineRunner([pipeline]).RunAsync(bag, TestContext.Current.CancellationToken));

        Assert.Equal(["AN1", "AN2"], result.Diagnostics.Select(d => d.Code));
        Assert.Equal(2, bag.WarningCount);
    }
}
