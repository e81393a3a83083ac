// Usage: IndexTime INPUT_FOLDER THEME_FOLDER [RUNS] [--build-delta]
// Reads and parses the site with the normal pipelines (Settings, Posts, Events, Site), then builds the search index
// RUNS times from the site index and prints one line per run: wall and CPU milliseconds, documents, terms, shards, bytes.
// With --build-delta it instead times whole builds with and without the Search pipeline (see BuildDelta).
using System.Diagnostics;
using System.Globalization;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Running;
using Annals.Web.Archives;
using Annals.Web.Building;
using Annals.Web.Content;
using Annals.Web.Pipelines;
using Annals.Web.Search;

var options = new BuildOptions
{
    InputDirectory = Path.GetFullPath(args[0]),
    ThemeDirectory = Path.GetFullPath(args[1]),
    OutputDirectory = Path.GetFullPath("unused-output"),
    DisplayRoot = Path.GetFullPath(args[0]),
    WriteOutput = false,
};
int runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
if (args.Contains("--build-delta"))
{
    await Annals.Bench.IndexTime.BuildDelta.RunAsync(options with { WriteOutput = true }, runs).ConfigureAwait(false);
    return;
}

string[] needed = [PipelineNames.Settings, PipelineNames.Posts, PipelineNames.Events, PipelineNames.Site];
var runner = new PipelineRunner([.. SitePipelines.Create(options, null).Where(p => needed.Contains(p.Name))], new RunnerOptions());
RunResult result = await runner.RunAsync(new DiagnosticBag()).ConfigureAwait(false);
SiteIndex site = result.Outputs[PipelineNames.Site][0].Get(WebKeys.Index);
SiteSettings settings = result.Outputs[PipelineNames.Settings][0].Get(WebKeys.Settings);

for (int run = 0; run < runs; run++)
{
    using var process = Process.GetCurrentProcess();
    TimeSpan cpu = process.TotalProcessorTime;
    long started = Stopwatch.GetTimestamp();
    SearchIndexResult index = SearchIndexWriter.Write(site, settings, SearchIndexOptions.Default, CancellationToken.None);
    double wall = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    process.Refresh();
    double cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"wall {wall:F0} ms, cpu {cpuMs:F0} ms, documents {index.DocumentCount}, terms {index.TermCount}, shards {index.ShardCount}, bytes {index.TotalBytes}"));
}
