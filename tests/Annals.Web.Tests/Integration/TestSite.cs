using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Annals.Pipeline.Diagnostics;
using Annals.Web.Building;

namespace Annals.Web.Tests.Integration;

/// <summary>
/// A little site declared inline in a test (file path -> text), built with the real theme in a temp folder.
/// Paths are relative to the site root, e.g. "input/posts/2024/a.md".
/// </summary>
internal sealed class TestSite : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public TestSite(bool withDefaultSettings = true)
    {
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "annals-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        CopyDirectory(System.IO.Path.Combine(RepositoryRoot.Path, "theme"), System.IO.Path.Combine(Root, "theme"));
        if (withDefaultSettings)
        {
            Add("input/site.yml", "title: Test Archive\nbase_url: https://example.org\nlanguage: en\nposts_per_page: 2\n");
        }
    }

    public string Root { get; }

    public string Output => System.IO.Path.Combine(Root, "output");

    public BuildReport? LastReport { get; private set; }

    public TestSite Add(string path, string text)
    {
        string full = System.IO.Path.Combine(Root, path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    public TestSite AddBytes(string path, byte[] bytes)
    {
        string full = System.IO.Path.Combine(Root, path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    /// <summary>A valid post with the given front matter lines added (or overriding the defaults).</summary>
    public TestSite AddPost(string path, string title, string date, string extraFrontMatter = "", string body = "Body text.")
    {
        return Add(path, $"---\ntitle: {title}\ndate: {date}\n{extraFrontMatter}---\n{body}\n");
    }

    public async Task<BuildReport> BuildAsync(Func<BuildOptions, BuildOptions>? configure = null)
    {
        BuildOptions options = BuildOptions.ForSite(Root);
        options = configure?.Invoke(options) ?? options;
        LastReport = await new SiteBuilder().BuildAsync(options, TestContext.Current.CancellationToken);
        return LastReport;
    }

    public bool Exists(string outputPath) => File.Exists(System.IO.Path.Combine(Output, outputPath));

    public string Read(string outputPath) => File.ReadAllText(System.IO.Path.Combine(Output, outputPath));

    public IDocument Html(string outputPath) => Parser.ParseDocument(Read(outputPath));

    /// <summary>Every diagnostic as printed, for assertions that read like the terminal.</summary>
    public IReadOnlyList<string> Messages => LastReport?.Diagnostics.Select(d => d.ToString()).ToList() ?? [];

    public IReadOnlyList<string> Errors =>
        LastReport?.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList() ?? [];

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

    private static void CopyDirectory(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
