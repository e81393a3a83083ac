using System.CommandLine;
using Annals.Web.Building;

namespace Annals.Cli;

/// <summary>The options that say which site to work on, shared by <c>build</c> and <c>check</c>.</summary>
internal sealed class SiteArguments
{
    public Option<DirectoryInfo> Input { get; } = new("--input") { Description = "Folder with site.yml, posts/ and events/.", DefaultValueFactory = _ => new DirectoryInfo("input") };

    public Option<DirectoryInfo> Theme { get; } = new("--theme") { Description = "Folder with layouts/, partials/ and assets/.", DefaultValueFactory = _ => new DirectoryInfo("theme") };

    public Option<DirectoryInfo> Output { get; } = new("--output") { Description = "Where the site is written.", DefaultValueFactory = _ => new DirectoryInfo("output") };

    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Publish items marked draft: true too (for previews only)." };

    public Option<bool> Strict { get; } = new("--strict") { Description = "Treat warnings as errors." };

    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Use this address instead of base_url from site.yml (e.g. for a preview)." };

    public Option<bool> Verbose { get; } = new("--verbose") { Description = "Show the time each pipeline took." };

    public Option<DirectoryInfo?> Cache { get; } = new("--cache") { Description = "Where to keep resized pictures and the record of the last build, so an unchanged site is not built again (default: .annals-cache beside the input folder)." };

    public Option<bool> Force { get; } = new("--force") { Description = "Build even if nothing changed since the last build." };

    public void AddTo(Command command, bool withOutput)
    {
        command.Options.Add(Input);
        command.Options.Add(Theme);
        if (withOutput)
        {
            command.Options.Add(Output);
            command.Options.Add(Force);
        }

        command.Options.Add(Cache);

        command.Options.Add(Drafts);
        command.Options.Add(Strict);
        command.Options.Add(BaseUrl);
        command.Options.Add(Verbose);
    }

    /// <summary>The build options, or null (after saying why on <paramref name="error"/>) when a folder is missing.</summary>
    public BuildOptions? Read(ParseResult result, TextWriter error, bool writeOutput)
    {
        DirectoryInfo input = result.GetValue(Input)!;
        DirectoryInfo theme = result.GetValue(Theme)!;
        foreach ((DirectoryInfo folder, string what) in new[] { (input, "input"), (theme, "theme") })
        {
            if (!folder.Exists)
            {
                error.WriteLine($"annals: the {what} folder '{folder.FullName}' does not exist. Run annals from the site's folder or pass --{what} DIR.");
                return null;
            }
        }

        string? baseUrl = result.GetValue(BaseUrl);
        if (baseUrl is not null && !IsSiteAddress(baseUrl))
        {
            error.WriteLine($"annals: --base-url '{baseUrl}' is not a web address: write it like https://example.org (http or https, no ? or #).");
            return null;
        }

        return new BuildOptions
        {
            InputDirectory = input.FullName,
            ThemeDirectory = theme.FullName,
            OutputDirectory = result.GetValue(Output)?.FullName ?? Path.GetFullPath("output"),
            DisplayRoot = Directory.GetCurrentDirectory(),
            IncludeDrafts = result.GetValue(Drafts),
            Strict = result.GetValue(Strict),
            BaseUrl = baseUrl,
            WriteOutput = writeOutput,
            // serve and check use it too: resized pictures are kept there.
            CacheDirectory = result.GetValue(Cache)?.FullName
                ?? Path.Combine(input.Parent?.FullName ?? input.FullName, ".annals-cache"),
            Force = writeOutput && result.GetValue(Force),
        };
    }

    /// <summary>The address becomes every canonical and feed link, so it must be a plain http(s) site address.</summary>
    private static bool IsSiteAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) &&
        (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) &&
        uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0 &&
        !url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));
}
