using System.Globalization;
using Annals.Pipeline.Diagnostics;
using Annals.Web.Building;

namespace Annals.Cli;

/// <summary>
/// Prints a build's diagnostics (to stderr, all of them, with excerpts and hints) and its summary: pages written,
/// errors and warnings, and with <c>--verbose</c> the time each pipeline took, slowest first.
/// </summary>
internal static class ReportWriter
{
    public static void Write(BuildReport report, CliEnvironment environment, DiagnosticPrinter printer, bool verbose, bool strict, bool wroteOutput)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (Diagnostic diagnostic in report.Diagnostics)
        {
            printer.Print(diagnostic);
        }

        if (verbose)
        {
            WriteTimings(report, environment.Output);
        }

        TextWriter output = environment.Output;
        string seconds = report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        string counts = $"{Plural(report.ErrorCount, "error")}, {Plural(report.WarningCount, "warning")}";
        if (report.Succeeded && !wroteOutput)
        {
            output.WriteLine($"Checked the site in {seconds} s: {counts}; nothing was written.");
        }
        else if (report.Succeeded && report.UpToDate)
        {
            output.WriteLine($"Nothing changed since the last build: the {Plural(report.PagesWritten, "page")} in the output folder are up to date (checked in {seconds} s; {counts}). Use --force to build anyway.");
        }
        else if (report.Succeeded)
        {
            string copied = report.PagesCopied > 0 ? string.Create(CultureInfo.InvariantCulture, $"{report.PagesCopied:#,0} unchanged ones copied from the last build; ") : string.Empty;
            output.WriteLine($"Built {Plural(report.PagesWritten, "page")} ({copied}{Plural(report.FilesWritten, "file")} in all) in {seconds} s; {counts}.");
        }
        else
        {
            string why = report.ErrorCount == 0 && strict ? " (--strict treats warnings as errors)" : string.Empty;
            string what = wroteOutput ? "Build failed" : "Check failed";
            string after = wroteOutput ? " Nothing was written; the previous site is unchanged." : string.Empty;
            environment.Error.WriteLine($"{what}{why}: {counts} in {seconds} s.{after} Fix the problems above and run it again.");
        }
    }

    /// <summary>Each pipeline's total time and its phases, slowest first, so the cost of a build is easy to see.</summary>
    public static void WriteTimings(BuildReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("Time per pipeline (phases run in parallel, so the times add up to more than the build):");
        foreach (var group in report.Timings.GroupBy(t => t.Pipeline, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(t => t.Elapsed.Ticks))
            .ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            double total = group.Sum(t => t.Elapsed.TotalMilliseconds);
            string phases = string.Join(", ", group.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Phase} {t.Elapsed.TotalMilliseconds:0} ms")));
            int documents = group.Max(t => t.DocumentCount);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {group.Key,-10} {total,7:0} ms  ({phases}; {documents} documents)"));
        }

        // Memory is where a large build's time hides: every collection stops the pipelines while it runs.
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Memory since the program started: {GC.GetTotalAllocatedBytes() / 1048576.0:#,0} MiB allocated; {GC.CollectionCount(0)} collections ({GC.CollectionCount(1)} of them gen1, {GC.CollectionCount(2)} gen2), {GC.GetTotalPauseDuration().TotalSeconds:0.00} s paused"));
    }

    public static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:#,0} {noun}{(count == 1 ? string.Empty : "s")}");
}
