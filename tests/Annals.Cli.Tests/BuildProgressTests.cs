using System.Globalization;
using System.Text.RegularExpressions;
using Annals.Pipeline.Modules;
using Annals.Pipeline.Running;
using PipelineDefinition = Annals.Pipeline.Running.Pipeline;

namespace Annals.Cli.Tests;

public sealed partial class BuildProgressTests
{
    [Fact]
    public async Task A_step_is_timed_from_the_start_of_the_build_not_from_the_first_progress_line()
    {
        // Progress lines start after a second; a step that ends at 1.3 s must say so, not 0.3 s.
        var error = new StringWriter();
        var progress = new BuildProgress(new CliEnvironment(TextWriter.Null, error, TimeProvider.System, Interactive: false, ShowsProgress: true));
        var slow = new PipelineDefinition("Slow");
        slow.Process.Add(new DelegateModule(async (documents, context) =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(1300), context.CancellationToken);
            return documents;
        }));
        var runner = new PipelineRunner(progress.Track([slow]));

        RunResult result = await progress.ShowAsync(runner.RunAsync(cancellationToken: TestContext.Current.CancellationToken), "Building the site");

        Assert.True(result.Succeeded);
        Match line = StepLine().Match(error.ToString());
        Assert.True(line.Success, error.ToString());
        Assert.InRange(double.Parse(line.Groups["seconds"].Value, CultureInfo.InvariantCulture), 1.2, 60);
    }

    [GeneratedRegex(@"(?<seconds>\d+\.\d) s  Slow process done")]
    private static partial Regex StepLine();
}
