namespace Annals.Cli.Tests;

/// <summary>A temp folder holding a small site with the repository's theme, for running the command line on.</summary>
internal sealed class CliSite : IDisposable
{
    public CliSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "annals-cli-" + Guid.NewGuid().ToString("N"));
        string repository = FindRepository();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(repository, "theme"), "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(Root, "theme", Path.GetRelativePath(Path.Combine(repository, "theme"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Write("input/site.yml", "title: CLI Test\nbase_url: https://example.org\n");
    }

    public string Root { get; }

    public void Write(string path, string text)
    {
        string full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>Runs <c>annals</c> with the given arguments; paths in them are relative to the site root.</summary>
    public Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => RunAsync(TimeProvider.System, args);

    /// <summary>Runs <c>annals</c> with a given clock (what "today" is) and the working directory at the site root.</summary>
    public Task<(int ExitCode, string Output, string Error)> RunAsync(TimeProvider clock, params string[] args) =>
        RunAsync(clock, TestContext.Current.CancellationToken, args);

    public async Task<(int ExitCode, string Output, string Error)> RunAsync(TimeProvider clock, CancellationToken cancellationToken, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] rooted = [.. args.Select(a => a.StartsWith('@') ? Path.Combine(Root, a[1..]) : a)];
        var environment = new CliEnvironment(TextWriter.Synchronized(output), TextWriter.Synchronized(error), clock, Interactive: false);
        int exitCode = await AnnalsCommandLine.RunAsync(rooted, environment, cancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>The repository's root folder (the one holding Site.sln).</summary>
    internal static string FindRepository()
    {
        string? folder = AppContext.BaseDirectory;
        while (folder is not null && !File.Exists(Path.Combine(folder, "Site.sln")))
        {
            folder = Path.GetDirectoryName(folder);
        }

        return folder ?? throw new InvalidOperationException("Site.sln not found");
    }
}
