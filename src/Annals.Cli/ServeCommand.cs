using System.CommandLine;
using Annals.Web.Building;
using Annals.Web.Preview;

namespace Annals.Cli;

/// <summary>
/// <c>annals serve</c>: builds the site in memory, serves it on 127.0.0.1, and rebuilds and reloads the open pages
/// whenever a file in the input or theme folder is saved. Ctrl+C stops it (exit code 0).
/// </summary>
internal static class ServeCommand
{
    /// <summary>How long the files must be still before a rebuild starts: an editor's save is often a few writes.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(40);

    public static Command Create(CliEnvironment environment)
    {
        var arguments = new SiteArguments();
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1 (0 picks a free one).", DefaultValueFactory = _ => 5080 };
        var command = new Command("serve", "Preview the site in your browser; pages reload when you save a file.") { port };
        arguments.AddTo(command, withOutput: false);
        command.SetAction(async (result, cancellationToken) =>
        {
            BuildOptions? options = arguments.Read(result, environment.Error, writeOutput: false);
            if (options is null)
            {
                return ExitCodes.BadUsage;
            }

            return await RunAsync(options, result.GetValue(port), result.GetValue(arguments.Verbose), environment, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(BuildOptions options, int port, bool verbose, CliEnvironment environment, CancellationToken cancellationToken)
    {
        if (port is < 0 or > 65535)
        {
            environment.Error.WriteLine($"annals: --port {port} is not a port number: use one from 1024 to 65535, like 5080.");
            return ExitCodes.BadUsage;
        }

        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(port, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException exception)
        {
            environment.Error.WriteLine($"annals: cannot listen on 127.0.0.1:{port} ({exception.Message}). Another program may be using it: stop it, or pass another --port, like --port {port + 1}.");
            return ExitCodes.BadUsage;
        }

        await using (server.ConfigureAwait(false))
        {
            using var session = new BuildSession(options);
            using var watcher = new SiteWatcher([options.InputDirectory, options.ThemeDirectory], Quiet);
            var reporter = new ServeReporter(environment, options, verbose);
            var loop = new PreviewLoop(session, server, watcher, reporter);
            environment.Error.WriteLine("Building the site...");
            await loop.StartAsync(cancellationToken).ConfigureAwait(false);
            environment.Output.WriteLine($"Serving the site at {server.Address} (only this computer can open it).");
            environment.Output.WriteLine("Edit files in the input folder and save: open pages reload by themselves. Press Ctrl+C to stop.");
            await loop.WatchAsync(cancellationToken).ConfigureAwait(false);
        }

        environment.Output.WriteLine("Stopped.");
        return ExitCodes.Success;
    }
}
