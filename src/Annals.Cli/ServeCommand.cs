using System.CommandLine;
using Annals.Web.Building;
using Annals.Web.Cms;
using Annals.Web.Cms.Local;
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
        var cms = new Option<bool>("--cms") { Description = "Also serve the web editor at /admin/, saving into this folder (no account needed)." };
        var decap = new Option<string?>("--decap") { Description = "Decap CMS's script for --cms: decap-cms.js, its dist folder or a node_modules folder (default: node_modules/decap-cms/dist if present, else the CDN)." };
        var command = new Command("serve", "Preview the site in your browser; pages reload when you save a file.") { port, cms, decap };
        arguments.AddTo(command, withOutput: false);
        command.SetAction(async (result, cancellationToken) =>
        {
            BuildOptions? options = arguments.Read(result, environment.Error, writeOutput: false);
            if (options is null)
            {
                return ExitCodes.BadUsage;
            }

            var editor = new EditorChoice(result.GetValue(cms), result.GetValue(decap));
            return await RunAsync(options, result.GetValue(port), result.GetValue(arguments.Verbose), editor, environment, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(BuildOptions options, int port, bool verbose, EditorChoice choice, CliEnvironment environment, CancellationToken cancellationToken)
    {
        if (port is < 0 or > 65535)
        {
            environment.Error.WriteLine($"annals: --port {port} is not a port number: use one from 1024 to 65535, like 5080.");
            return ExitCodes.BadUsage;
        }

        if (!choice.Enabled && choice.DecapPath is not null)
        {
            environment.Error.WriteLine("annals: --decap only says where Decap CMS is for the web editor: add --cms.");
            return ExitCodes.BadUsage;
        }

        EditorEndpoints? endpoints = null;
        string? decapFolder = null;
        if (choice.Enabled)
        {
            if (!string.Equals(Path.GetFileName(options.InputDirectory), "input", StringComparison.Ordinal))
            {
                environment.Error.WriteLine($"annals: --cms works on a site whose content folder is named input (the editor's configuration names input/posts); '{options.InputDirectory}' is not.");
                return ExitCodes.BadUsage;
            }

            string siteRoot = Path.GetDirectoryName(options.InputDirectory)!;
            decapFolder = LocalDecap.FindDist(choice.DecapPath, siteRoot);
            if (choice.DecapPath is not null && decapFolder is null)
            {
                environment.Error.WriteLine($"annals: --decap '{choice.DecapPath}' holds no {DecapBundle.FileName}: give the file, its dist folder, or the node_modules folder where decap-cms is installed.");
                return ExitCodes.BadUsage;
            }

            endpoints = new EditorEndpoints(new LocalBackendApi(new LocalRepository(siteRoot)), decapFolder);
        }

        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(port, endpoints, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException exception)
        {
            environment.Error.WriteLine($"annals: cannot listen on 127.0.0.1:{port} ({exception.Message}). Another program may be using it: stop it, or pass another --port, like --port {port + 1}.");
            return ExitCodes.BadUsage;
        }

        await using (server.ConfigureAwait(false))
        {
            if (choice.Enabled)
            {
                options = options with { LocalEditor = LocalDecap.EditorFor(server.Address, decapFolder) };
            }
            using var session = new BuildSession(options);
            using var watcher = new SiteWatcher([options.InputDirectory, options.ThemeDirectory], Quiet);
            var reporter = new ServeReporter(environment, options, verbose);
            var loop = new PreviewLoop(session, server, watcher, reporter);
            environment.Error.WriteLine("Building the site...");
            await loop.StartAsync(cancellationToken).ConfigureAwait(false);
            environment.Output.WriteLine($"Serving the site at {server.Address} (only this computer can open it).");
            if (choice.Enabled)
            {
                PrintEditor(environment, server.Address, decapFolder);
            }

            environment.Output.WriteLine("Edit files in the input folder and save: open pages reload by themselves. Press Ctrl+C to stop.");
            await loop.WatchAsync(cancellationToken).ConfigureAwait(false);
        }

        environment.Output.WriteLine("Stopped.");
        return ExitCodes.Success;
    }

    private static void PrintEditor(CliEnvironment environment, Uri address, string? decapFolder)
    {
        environment.Output.WriteLine($"The web editor is at {address}admin/ : press Login, no account is needed; it saves into the input folder.");
        if (decapFolder is null)
        {
            environment.Output.WriteLine($"It loads Decap CMS {DecapBundle.Version} from {DecapBundle.CdnOrigin} (no local copy in node_modules/decap-cms).");
        }
        else if (!LocalDecap.IsPinnedVersion(decapFolder))
        {
            environment.Error.WriteLine($"annals: warning: {Path.Combine(decapFolder, DecapBundle.FileName)} is not Decap CMS {DecapBundle.Version}, the version the published editor uses; it is served anyway.");
        }
    }

    private sealed record EditorChoice(bool Enabled, string? DecapPath);
}
