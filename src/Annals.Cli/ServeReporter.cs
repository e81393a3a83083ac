using System.Globalization;
using Annals.Pipeline.Diagnostics;
using Annals.Web.Building;
using Annals.Web.Preview;

namespace Annals.Cli;

/// <summary>
/// What <c>annals serve</c> prints after each rebuild: one line with the time from the save to the reload sent, and
/// with <c>--verbose</c> what was redone and the time per pipeline; on errors every problem, as <c>annals check</c>
/// shows them. Called from background threads, so each report is written under one lock.
/// </summary>
internal sealed class ServeReporter(CliEnvironment environment, BuildOptions options, bool verbose) : IPreviewReporter
{
    private readonly Lock _lock = new();

    public void Rebuilt(SessionRun run, ChangeBatch? changes, TimeSpan sinceSave)
    {
        lock (_lock)
        {
            PrintDiagnostics(run);
            RebuildStats stats = run.Stats;
            string ms = sinceSave.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
            string warnings = run.Report.WarningCount > 0 ? $"; {ReportWriter.Plural(run.Report.WarningCount, "warning")}" : string.Empty;
            environment.Output.WriteLine(changes is null
                ? $"Built {ReportWriter.Plural(run.Report.PagesWritten, "page")} in {ms} ms{warnings}."
                : $"Reloaded {ms} ms after the save: {ReportWriter.Plural(changes.Paths.Length, "file")} changed, {ReportWriter.Plural(stats.PagesRendered.Length, "page")} rendered again{warnings}.");
            if (verbose)
            {
                environment.Output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  parsed {stats.ItemsParsed} files (reused {stats.ItemsReused}), rendered {stats.BodiesRendered} bodies (reused {stats.BodiesReused}), {stats.PagesRendered.Length} pages (reused {stats.PagesReused}){(stats.ThemeCompiled ? ", compiled the theme" : string.Empty)}; build {run.Report.Elapsed.TotalMilliseconds:0} ms, {stats.Collections} garbage collections ({stats.FullCollections} full)"));
                foreach (string url in stats.PagesRendered.Take(changes is null ? 0 : 12))
                {
                    environment.Output.WriteLine($"    {url}");
                }

                ReportWriter.WriteTimings(run.Report, environment.Output);
            }
        }
    }

    public void Failed(SessionRun run, ChangeBatch? changes)
    {
        lock (_lock)
        {
            PrintDiagnostics(run);
            environment.Error.WriteLine(
                $"The site has {ReportWriter.Plural(run.Report.ErrorCount, "error")}: the browser keeps showing the last good version, with the problems over it. Fix the file and save.");
        }
    }

    public void SearchUpdated(SiteSnapshot site)
    {
        if (verbose)
        {
            lock (_lock)
            {
                environment.Output.WriteLine("  the search index caught up with the changes.");
            }
        }
    }

    private void PrintDiagnostics(SessionRun run)
    {
        var printer = new DiagnosticPrinter(environment, options.DisplayRoot);
        foreach (Diagnostic diagnostic in run.Report.Diagnostics)
        {
            printer.Print(diagnostic);
        }
    }
}
