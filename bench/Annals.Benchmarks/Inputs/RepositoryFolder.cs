namespace Annals.Benchmarks.Inputs;

/// <summary>
/// The repository (the folder with Site.sln): the benchmarks render with its real <c>theme/</c> and make corpora with
/// its <c>bench/corpus/gen_corpus.py</c>.
/// </summary>
internal static class RepositoryFolder
{
    private static readonly Lazy<string> Found = new(Find);

    public static string Path => Found.Value;

    public static string Theme => System.IO.Path.Combine(Path, "theme");

    public static string CorpusGenerator => System.IO.Path.Combine(Path, "bench", "corpus", "gen_corpus.py");

    private static string Find()
    {
        // BenchmarkDotNet runs each benchmark in a process built below bin/ of this project, so looking upwards from
        // the running program finds the repository both in the host process and in those child processes.
        foreach (string start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (string? folder = start; folder is not null; folder = System.IO.Path.GetDirectoryName(folder))
            {
                if (File.Exists(System.IO.Path.Combine(folder, "Site.sln")))
                {
                    return folder;
                }
            }
        }

        throw new InvalidOperationException($"Site.sln not found above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}");
    }
}
