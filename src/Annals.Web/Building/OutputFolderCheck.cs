using Annals.Pipeline.Diagnostics;

namespace Annals.Web.Building;

/// <summary>
/// The output folder is replaced as a whole by every build, so it must not hold, or lie inside, the input or
/// theme folder: <c>annals build --output input</c> (or <c>--output .</c>) would otherwise delete the content.
/// It must not be a file either, or the build would fail only when it swaps the new site in.
/// </summary>
public static class OutputFolderCheck
{
    public const string Code = "AN0004";

    /// <summary>An error when the output folder is a file or overlaps the input or theme folder, else null.</summary>
    public static Diagnostic? Check(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string output = Normalize(options.OutputDirectory);
        if (File.Exists(Path.TrimEndingDirectorySeparator(output)))
        {
            return Diagnostic.Error(
                Code,
                $"the output folder {options.Display(options.OutputDirectory)} is a file: remove it or choose another folder with --output",
                new SourceLocation(options.Display(options.OutputDirectory)));
        }

        foreach ((string folder, string what) in new[] { (options.InputDirectory, "input"), (options.ThemeDirectory, "theme") })
        {
            string other = Normalize(folder);
            if (other.StartsWith(output, StringComparison.Ordinal) || output.StartsWith(other, StringComparison.Ordinal))
            {
                return Diagnostic.Error(
                    Code,
                    $"the output folder {options.Display(options.OutputDirectory)} overlaps the {what} folder {options.Display(folder)}: a build replaces the whole output folder, so choose a separate one, like --output output",
                    new SourceLocation(options.Display(options.OutputDirectory)));
            }
        }

        return null;
    }

    private static string Normalize(string folder) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
}
