using System.CommandLine;
using Annals.Web.Building;

namespace Annals.Cli;

/// <summary>
/// <c>annals build</c> builds the site into the output folder, or leaves the old one untouched on errors;
/// <c>annals check</c> runs every validation of a build and writes nothing.
/// </summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error) =>
        Create("build", "Build the site from the input folder into the output folder.", writeOutput: true, output, error);

    public static Command CreateCheck(TextWriter output, TextWriter error) =>
        Create("check", "Check the site (front matter, references, links, images) without writing anything.", writeOutput: false, output, error);

    private static Command Create(string name, string description, bool writeOutput, TextWriter output, TextWriter error)
    {
        var arguments = new SiteArguments();
        var command = new Command(name, description);
        arguments.AddTo(command, withOutput: writeOutput);
        command.SetAction(async (result, cancellationToken) =>
        {
            BuildOptions? options = arguments.Read(result, error, writeOutput);
            if (options is null)
            {
                return ExitCodes.BadUsage;
            }

            BuildReport report = await new SiteBuilder().BuildAsync(options, cancellationToken).ConfigureAwait(false);
            await ReportWriter.WriteAsync(report, output, error, result.GetValue(arguments.Verbose), options.Strict, writeOutput).ConfigureAwait(false);
            return report.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
        });
        return command;
    }
}
