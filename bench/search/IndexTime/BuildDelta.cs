using System.Diagnostics;
using System.Globalization;
using Annals.Web.Building;
using Annals.Web.Pipelines;
using PipelineDefinition = Annals.Pipeline.Running.Pipeline;

namespace Annals.Bench.IndexTime;

/// <summary>
/// What search adds to a whole build: full builds of the same site with and without the Search pipeline,
/// alternated, each into a fresh output folder. Inside a build the Search pipeline shares the cores with page
/// rendering, so its own wall time overstates what it costs; the difference between the two builds does not.
/// </summary>
internal static class BuildDelta
{
    public static async Task RunAsync(BuildOptions options, int runs)
    {
        // The first builds of a process pay for JIT compilation: leave them out.
        await BuildAsync(options, withSearch: true).ConfigureAwait(false);
        await BuildAsync(options, withSearch: false).ConfigureAwait(false);
        var with = new List<double>();
        var without = new List<double>();
        for (int run = 0; run < runs; run++)
        {
            with.Add(await BuildAsync(options, withSearch: true).ConfigureAwait(false));
            without.Add(await BuildAsync(options, withSearch: false).ConfigureAwait(false));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"build with search {with[^1]:F0} ms, without {without[^1]:F0} ms"));
        }

        with.Sort();
        without.Sort();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"median with {with[runs / 2]:F0} ms, without {without[runs / 2]:F0} ms, search adds {with[runs / 2] - without[runs / 2]:F0} ms"));
    }

    private static async Task<double> BuildAsync(BuildOptions options, bool withSearch)
    {
        string output = Path.Combine(Path.GetTempPath(), "annals-delta-" + Guid.NewGuid().ToString("N"));
        try
        {
            var builder = new SiteBuilder
            {
                PipelineFactory = (o, root) => withSearch
                    ? SitePipelines.Create(o, root)
                    : [.. SitePipelines.Create(o, root).Where(p => p.Name != PipelineNames.Search)],
            };
            long started = Stopwatch.GetTimestamp();
            BuildReport report = await builder.BuildAsync(options with { OutputDirectory = output }).ConfigureAwait(false);
            double elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            return report.Succeeded ? elapsed : throw new InvalidOperationException("the build failed");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
