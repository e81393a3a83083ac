using Annals.Web.Building;

namespace Annals.Browser.Tests;

/// <summary>
/// The repository's sample site (<c>input/</c>, with <c>theme/</c>) built once into a temp folder and served on
/// 127.0.0.1, for the checks of what readers get: valid HTML, accessibility, Lighthouse, links, layout, sizes.
/// </summary>
public sealed class SampleArchiveFixture : IAsyncLifetime
{
    /// <summary>One page of each type, by name (the names read in test results and screenshot files).</summary>
    public static readonly IReadOnlyDictionary<string, string> Pages = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["home"] = "/",
        ["home-page-2"] = "/page/2/",
        ["item"] = "/news/2024/geneva-forum-2024-report/",
        ["event"] = "/events/geneva-forum-2024/",
        ["events"] = "/events/",
        ["series"] = "/series/geneva-forum/",
        ["archive"] = "/archive/",
        ["year"] = "/archive/2024/",
        ["topics"] = "/topics/",
        ["topic"] = "/topics/migration/",
        ["search"] = "/search/?q=geneva",
        ["404"] = "/404.html",
    };

    private readonly string _root = Path.Combine(Path.GetTempPath(), "annals-sample-" + Guid.NewGuid().ToString("N"));
    private StaticServer? _server;

    public string Output => Path.Combine(_root, "output");

    public StaticServer Server => _server ?? throw new InvalidOperationException("The fixture did not start.");

    public async ValueTask InitializeAsync()
    {
        var options = new BuildOptions
        {
            InputDirectory = Path.Combine(RepositoryRoot.Path, "input"),
            ThemeDirectory = Path.Combine(RepositoryRoot.Path, "theme"),
            OutputDirectory = Output,
            DisplayRoot = RepositoryRoot.Path,
        };
        BuildReport report = await new SiteBuilder().BuildAsync(options, TestContext.Current.CancellationToken);
        if (!report.Succeeded)
        {
            throw new InvalidOperationException("The sample site did not build:\n" + string.Join("\n", report.Diagnostics));
        }

        foreach ((string name, string path) in Pages)
        {
            string file = Path.Combine(Output, path.Split('?')[0].TrimStart('/'));
            if (!File.Exists(file) && !File.Exists(Path.Combine(file, "index.html")))
            {
                throw new InvalidOperationException($"The sample site has no {name} page at {path}: update SampleArchiveFixture.Pages to match input/.");
            }
        }

        _server = await StaticServer.StartAsync(Output);
    }

    /// <summary>Every HTML file of the site, as a path from the site root with forward slashes.</summary>
    public IReadOnlyList<string> HtmlFiles() =>
        [.. Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)];

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
