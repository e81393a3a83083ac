using System.Diagnostics;
using System.Globalization;
using Annals.Web.Building;

namespace Annals.Benchmarks.Inputs;

/// <summary>
/// The content the benchmarks read: a corpus made by <c>bench/corpus/gen_corpus.py</c>, named by
/// <c>--corpus DIR</c> or the <c>ANNALS_BENCH_CORPUS</c> variable, or else generated once (1,000 posts, seed 42) into
/// the temporary folder. The folder may be the corpus itself or its <c>input/</c> folder. It is only ever read.
/// </summary>
internal static class BenchmarkCorpus
{
    public const string Variable = "ANNALS_BENCH_CORPUS";

    public const int DefaultPosts = 1000;

    public const int DefaultSeed = 42;

    private static readonly Lazy<string> Resolved = new(Resolve);

    /// <summary>The corpus's <c>input/</c> folder (site.yml, posts/, events/, assets/).</summary>
    public static string InputFolder => Resolved.Value;

    /// <summary>The corpus root: messages name files relative to it, as a build of that site would.</summary>
    public static string Root => Path.GetDirectoryName(InputFolder)!;

    /// <summary>
    /// Settles the corpus before any benchmark starts and hands it to the benchmark processes through the
    /// environment (BenchmarkDotNet starts one process per benchmark; they inherit it), so the default corpus is
    /// generated once, by this process, and never by two children at the same time.
    /// </summary>
    public static string Prepare(string? folder)
    {
        if (folder is not null)
        {
            Environment.SetEnvironmentVariable(Variable, Path.GetFullPath(folder));
        }

        string input = InputFolder;
        Environment.SetEnvironmentVariable(Variable, input);
        return input;
    }

    /// <summary>
    /// Build options as <c>annals build</c> would make them for the corpus, with the repository's theme and no cache
    /// folder: a benchmark must not write into the corpus, and a warm image cache would hide the work measured.
    /// </summary>
    public static BuildOptions Options() => new()
    {
        InputDirectory = InputFolder,
        ThemeDirectory = RepositoryFolder.Theme,
        OutputDirectory = Path.Combine(Path.GetTempPath(), "annals-benchmarks", "unused-output"),
        DisplayRoot = Root,
        CacheDirectory = null,
    };

    private static string Resolve()
    {
        string? named = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(named))
        {
            return InputOf(named) ?? throw new DirectoryNotFoundException(
                $"{Variable}={named} is not a corpus: expected site.yml and posts/ in it or in its input/ folder");
        }

        string folder = Path.Combine(Path.GetTempPath(), "annals-benchmarks", string.Create(CultureInfo.InvariantCulture, $"corpus-{DefaultPosts}-seed{DefaultSeed}"));
        return InputOf(folder) ?? Generate(folder);
    }

    private static string? InputOf(string folder)
    {
        foreach (string candidate in new[] { Path.Combine(folder, "input"), folder })
        {
            if (File.Exists(Path.Combine(candidate, "site.yml")) && Directory.Exists(Path.Combine(candidate, "posts")))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }

    private static string Generate(string folder)
    {
        // Made beside the final folder and renamed into place: a run stopped half-way leaves no half corpus behind
        // for the next run to measure.
        string partial = folder + ".partial-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        if (Directory.Exists(partial))
        {
            Directory.Delete(partial, recursive: true);
        }

        Console.Error.WriteLine($"// Generating a {DefaultPosts}-post benchmark corpus in {folder} (set {Variable} to use another)");
        var start = new ProcessStartInfo("python3")
        {
            ArgumentList = { RepositoryFolder.CorpusGenerator, "--posts", DefaultPosts.ToString(CultureInfo.InvariantCulture), "--seed", DefaultSeed.ToString(CultureInfo.InvariantCulture), "--out", partial },
            RedirectStandardOutput = true,
        };
        using (Process generator = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started to generate the corpus"))
        {
            generator.StandardOutput.ReadToEnd();
            generator.WaitForExit();
            if (generator.ExitCode != 0)
            {
                throw new InvalidOperationException($"{RepositoryFolder.CorpusGenerator} failed with exit code {generator.ExitCode}");
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
        try
        {
            Directory.Move(partial, folder);
        }
        catch (IOException) when (InputOf(folder) is not null)
        {
            // Another run generated the same corpus meanwhile: same seed, same files, so use that one.
            Directory.Delete(partial, recursive: true);
        }

        return InputOf(folder) ?? throw new InvalidOperationException($"the generator wrote no corpus into {folder}");
    }
}
