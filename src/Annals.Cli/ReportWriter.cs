using System.Globalization;
using Annals.Pipeline.Diagnostics;
using Annals.Web.Building;

namespace Annals.Cli;

/// <summary>Prints a build's diagnostics (to stderr, one per line, all of them) and its summary line.</summary>
internal static class ReportWriter
{
    public static async Task WriteAsync(BuildReport report, TextWriter output, TextWriter error, bool verbose, bool strict, bool wroteOutput)
    {
        foreach (Diagnostic diagnostic in report.Diagnostics)
        {
            await error.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
        }

        if (verbose)
        {
            foreach (var group in report.Timings.GroupBy(t => t.Pipeline, StringComparer.Ordinal))
            {
                string phases = string.Join(", ", group.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Phase} {t.Elapsed.TotalMilliseconds:0} ms")));
                await output.WriteLineAsync($"  {group.Key}: {phases}").ConfigureAwait(false);
            }
        }

        string seconds = report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        string counts = $"{Plural(report.ErrorCount, "error")}, {Plural(report.WarningCount, "warning")}";
        if (report.Succeeded && !wroteOutput)
        {
            await output.WriteLineAsync($"Checked the site in {seconds} s: {counts}; nothing was written.").ConfigureAwait(false);
        }
        else if (report.Succeeded)
        {
            await output.WriteLineAsync($"Built {Plural(report.PagesWritten, "page")} ({Plural(report.FilesWritten, "file")} in all) in {seconds} s; {counts}.").ConfigureAwait(false);
        }
        else
        {
            string why = report.ErrorCount == 0 && strict ? " (--strict treats warnings as errors)" : string.Empty;
            string what = wroteOutput ? "Build failed" : "Check failed";
            string after = wroteOutput ? " Nothing was written; the previous site is unchanged." : string.Empty;
            await error.WriteLineAsync($"{what}{why}: {counts} in {seconds} s.{after} Fix the problems above and run it again.").ConfigureAwait(false);
        }
    }

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
