using System.CommandLine;
using Annals.Web.Building;
using Annals.Web.Pipelines;

namespace Annals.Cli;

/// <summary>
/// <c>annals build</c> builds the site into the output folder, or leaves the old one untouched on errors;
/// <c>annals check</c> runs every validation of a build and writes nothing.
/// </summary>
internal static class BuildCommand
{
    public static Command Create(CliEnvironment environment) =>
        Create("build", "Build the site from the input folder into the output folder.", writeOutput: true, environment);

    public static Command CreateCheck(CliEnvironment environment) =>
        Create("check", "Check the site (front matter, references, links, images) without writing anything.", writeOutput: false, environment);

    private static Command Create(string name, string description, bool writeOutput, CliEnvironment environment)
    {
        var arguments = new SiteArguments();
        var command = new Command(name, description);
        arguments.AddTo(command, withOutput: writeOutput);
        command.SetAction(async (result, cancellationToken) =>
        {
            BuildOptions? options = arguments.Read(result, environment.Error, writeOutput);
            if (options is null)
            {
                return ExitCodes.BadUsage;
            }

            var progress = new BuildProgress(environment);
            var builder = new SiteBuilder { PipelineFactory = (o, root) => progress.Track(SitePipelines.Create(o, root)), SkipWhenUpToDate = true };
            string what = writeOutput ? "Building the site" : "Checking the site";
            BuildReport report = await progress.ShowAsync(builder.BuildAsync(options, cancellationToken), what).ConfigureAwait(false);
            var printer = new DiagnosticPrinter(environment, options.DisplayRoot);
            ReportWriter.Write(report, environment, printer, result.GetValue(arguments.Verbose), options.Strict, writeOutput);
            return report.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
        });
        return command;
    }
}
