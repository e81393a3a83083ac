using System.CommandLine;
using System.Globalization;
using Annals.Pipeline.Diagnostics;
using Annals.Web.Building;

namespace Annals.Cli;

/// <summary><c>annals build</c>: builds the site into the output folder, or leaves the old one untouched on errors.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = new Option<DirectoryInfo>("--input") { Description = "Folder with site.yml, posts/ and events/.", DefaultValueFactory = _ => new DirectoryInfo("input") };
        var theme = new Option<DirectoryInfo>("--theme") { Description = "Folder with layouts/, partials/ and assets/.", DefaultValueFactory = _ => new DirectoryInfo("theme") };
        var outputFolder = new Option<DirectoryInfo>("--output") { Description = "Where the site is written.", DefaultValueFactory = _ => new DirectoryInfo("output") };
        var drafts = new Option<bool>("--drafts") { Description = "Publish items marked draft: true too (for previews only)." };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors." };
        var baseUrl = new Option<string?>("--base-url") { Description = "Use this address instead of base_url from site.yml (e.g. for a preview)." };
        var verbose = new Option<bool>("--verbose") { Description = "Show the time each pipeline took." };

        var command = new Command("build", "Build the site from the input folder into the output folder.")
        {
            input, theme, outputFolder, drafts, strict, baseUrl, verbose,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            DirectoryInfo inputDirectory = result.GetValue(input)!;
            DirectoryInfo themeDirectory = result.GetValue(theme)!;
            foreach ((DirectoryInfo folder, string what) in new[] { (inputDirectory, "input"), (themeDirectory, "theme") })
            {
                if (!folder.Exists)
                {
                    await error.WriteLineAsync($"annals: the {what} folder '{folder.FullName}' does not exist. Run annals from the site's folder or pass --{what} DIR.").ConfigureAwait(false);
                    return ExitCodes.BadUsage;
                }
            }

            var options = new BuildOptions
            {
                InputDirectory = inputDirectory.FullName,
                ThemeDirectory = themeDirectory.FullName,
                OutputDirectory = result.GetValue(outputFolder)!.FullName,
                DisplayRoot = Directory.GetCurrentDirectory(),
                IncludeDrafts = result.GetValue(drafts),
                Strict = result.GetValue(strict),
                BaseUrl = result.GetValue(baseUrl),
            };
            BuildReport report = await new SiteBuilder().BuildAsync(options, cancellationToken).ConfigureAwait(false);
            await ReportWriter.WriteAsync(report, output, error, result.GetValue(verbose), options.Strict).ConfigureAwait(false);
            return report.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
        });
        return command;
    }
}
