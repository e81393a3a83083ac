using Annals.Pipeline.Documents;
using Annals.Web.Cms;

namespace Annals.Web.Building;

/// <summary>
/// Everything a build needs to know, fixed before it starts. Paths are absolute; <see cref="DisplayRoot"/>
/// is the folder diagnostics are relative to, so a problem reads <c>input/posts/2024/x.md:3</c>.
/// </summary>
public sealed record BuildOptions
{
    public required string InputDirectory { get; init; }

    public required string ThemeDirectory { get; init; }

    public required string OutputDirectory { get; init; }

    public required string DisplayRoot { get; init; }

    public bool IncludeDrafts { get; init; }

    public bool Strict { get; init; }

    /// <summary>Overrides <c>base_url</c> of site.yml, e.g. for deploy previews.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Set by <c>annals serve --cms</c>: the web editor is written, working on the local folder.</summary>
    public LocalEditor? LocalEditor { get; init; }

    /// <summary>When false (<c>annals check</c>), every validation runs and nothing is written.</summary>
    public bool WriteOutput { get; init; } = true;

    /// <summary>Where caches that outlive a build are kept (resized images, parsed content), or null for none.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Builds even when nothing changed since the last build (which is otherwise skipped, see <see cref="CacheDirectory"/>).</summary>
    public bool Force { get; init; }

    /// <summary>
    /// Set by <see cref="SiteBuilder"/> for one build: the pipelines note there each input file they read, with a hash
    /// of its bytes, so that the build's record (<see cref="UpToDateCheck"/>) does not read them again. Null: nothing
    /// is noted.
    /// </summary>
    public FileReadLog? InputReads { get; init; }

    public static BuildOptions ForSite(string siteRoot, string? outputDirectory = null)
    {
        string root = Path.GetFullPath(siteRoot);
        return new BuildOptions
        {
            InputDirectory = Path.Combine(root, "input"),
            ThemeDirectory = Path.Combine(root, "theme"),
            OutputDirectory = outputDirectory is null ? Path.Combine(root, "output") : Path.GetFullPath(outputDirectory),
            DisplayRoot = root,
            CacheDirectory = Path.Combine(root, ".annals-cache"),
        };
    }

    /// <summary>The path of a file as people should read it in a message: relative to the display root, with '/'.</summary>
    public string Display(string fullPath)
    {
        string relative = Path.GetRelativePath(DisplayRoot, fullPath);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            relative = fullPath;
        }

        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
