using Annals.Pipeline.Diagnostics;

namespace Annals.Pipeline.Tests.Diagnostics;

public sealed class DiagnosticBagTests
{
    [Fact]
    public void An_empty_bag_has_no_errors_and_no_diagnostics()
    {
        var bag = new DiagnosticBag();

        Assert.False(bag.HasErrors);
        Assert.Equal(0, bag.ErrorCount);
        Assert.Equal(0, bag.WarningCount);
        Assert.Empty(bag.ToSortedList());
    }

    [Fact]
    public void Counts_errors_and_warnings_but_not_infos()
    {
        var bag = new DiagnosticBag();
        bag.Report(Diagnostic.Error("AN1", "e1"));
        bag.Report(Diagnostic.Error("AN1", "e2"));
        bag.Report(Diagnostic.Warning("AN2", "w"));
        bag.Report(new Diagnostic(Severity.Info, "AN3", "i"));

        Assert.True(bag.HasErrors);
        Assert.Equal(2, bag.ErrorCount);
        Assert.Equal(1, bag.WarningCount);
        Assert.Equal(4, bag.ToSortedList().Length);
    }

    [Fact]
    public void A_warning_alone_is_not_an_error()
    {
        var bag = new DiagnosticBag();
        bag.Report(Diagnostic.Warning("AN2", "w"));

        Assert.False(bag.HasErrors);
    }

    [Fact]
    public void Sorts_by_path_then_line_then_column_then_code_then_message()
    {
        var bag = new DiagnosticBag();
        // Messages run against the expected order so that each key really decides.
        Diagnostic[] expected =
        [
            Diagnostic.Error("AN9", "z9"),
            Diagnostic.Error("AN1", "z8", new SourceLocation("B.md")),
            Diagnostic.Error("AN1", "z6", new SourceLocation("a.md", 2, 1)),
            Diagnostic.Error("AN1", "z5", new SourceLocation("a.md", 10, 1)),
            Diagnostic.Error("AN1", "z4", new SourceLocation("a.md", 10, 3)),
            Diagnostic.Warning("AN2", "z3", new SourceLocation("a.md", 10, 3)),
            Diagnostic.Warning("AN2", "z4", new SourceLocation("a.md", 10, 3)),
            Diagnostic.Error("AN1", "a", new SourceLocation("a.md/x", 1, 1)),
        ];
        foreach (Diagnostic diagnostic in expected.Reverse())
        {
            bag.Report(diagnostic);
        }

        Assert.Equal(expected, bag.ToSortedList());
    }

    [Fact]
    public void The_sorted_list_is_the_same_whatever_the_reporting_order()
    {
        Diagnostic[] diagnostics =
        [
            Diagnostic.Error("AN1", "x", new SourceLocation("c.md", 1, 1)),
            Diagnostic.Warning("AN2", "y", new SourceLocation("a.md", 5)),
            Diagnostic.Error("AN3", "z", new SourceLocation("b.md", 2, 2)),
        ];
        var forward = new DiagnosticBag();
        var backward = new DiagnosticBag();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            forward.Report(diagnostic);
        }

        foreach (Diagnostic diagnostic in diagnostics.Reverse())
        {
            backward.Report(diagnostic);
        }

        Assert.Equal(forward.ToSortedList(), backward.ToSortedList());
        Assert.Equal(["a.md", "b.md", "c.md"], forward.ToSortedList().Select(d => d.Location?.Path));
    }

    [Fact]
    public void The_same_problem_reported_twice_is_listed_once()
    {
        var bag = new DiagnosticBag();
        bag.Report(Diagnostic.Error("AN1", "broken link", new SourceLocation("a.md", 3, 4)));
        bag.Report(Diagnostic.Error("AN1", "broken link", new SourceLocation("a.md", 3, 4)));
        bag.Report(Diagnostic.Error("AN1", "broken link", new SourceLocation("a.md", 3, 5)));

        Assert.Equal(2, bag.ToSortedList().Length);
    }

    [Fact]
    public void A_null_diagnostic_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new DiagnosticBag().Report(null!));
    }

    [Fact]
    public void Reports_from_many_threads_are_all_counted_and_kept()
    {
        const int Count = 4000;
        var bag = new DiagnosticBag();

        Parallel.For(0, Count, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = TestContext.Current.CancellationToken }, i =>
        {
            var location = new SourceLocation($"t{i % 8}.md", i + 1);
            bag.Report(i % 2 == 0 ? Diagnostic.Error("AN1", "e", location) : Diagnostic.Warning("AN2", "w", location));
        });

        Assert.Equal(Count / 2, bag.ErrorCount);
        Assert.Equal(Count / 2, bag.WarningCount);
        Assert.Equal(Count, bag.ToSortedList().Length);
    }
}
