using System.CommandLine;
using System.CommandLine.Parsing;

namespace Annals.Cli;

/// <summary>The <c>annals</c> command line: parses arguments and hands each command to its own class.</summary>
public static class AnnalsCommandLine
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        return RunAsync(args, CliEnvironment.For(output, error), cancellationToken);
    }

    internal static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(environment);
        TextWriter error = environment.Error;
        if (!WorkingFolderExists())
        {
            // Every default folder (input, theme, output) is found from here; .NET would stop with a stack trace.
            await error.WriteLineAsync("annals: the folder this terminal is in no longer exists (it was deleted or moved): go to the site's folder again (cd) and run annals from there.").ConfigureAwait(false);
            return ExitCodes.BadUsage;
        }

        var root = new RootCommand("Annals builds a searchable, dated static archive of news items and events from Markdown.")
        {
            BuildCommand.Create(environment),
            BuildCommand.CreateCheck(environment),
            NewCommand.Create(environment),
            ServeCommand.Create(environment),
        };

        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (ParseError parseError in parsed.Errors)
            {
                await error.WriteLineAsync($"annals: {parseError.Message}").ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run 'annals --help' to see the commands and their options.").ConfigureAwait(false);
            return ExitCodes.BadUsage;
        }

        // Ctrl+C cancels the running command, which then has this long to stop cleanly (serve closes its connections).
        var configuration = new InvocationConfiguration { Output = environment.Output, Error = error, ProcessTerminationTimeout = TimeSpan.FromSeconds(10) };
        return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }

    private static bool WorkingFolderExists()
    {
        try
        {
            _ = Directory.GetCurrentDirectory();
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
