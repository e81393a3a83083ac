using Annals.Benchmarks.Inputs;
using BenchmarkDotNet.Running;

// Everything but `--corpus DIR` is BenchmarkDotNet's own command line (--filter, --job, --list, ...).
var benchmarkArguments = new List<string>(args);
string? corpus = null;
int corpusAt = benchmarkArguments.IndexOf("--corpus");
if (corpusAt >= 0)
{
    if (corpusAt + 1 >= benchmarkArguments.Count)
    {
        Console.Error.WriteLine("--corpus needs a folder: the corpus made by bench/corpus/gen_corpus.py, or its input/ folder");
        return 2;
    }

    corpus = benchmarkArguments[corpusAt + 1];
    benchmarkArguments.RemoveRange(corpusAt, 2);
}

string input = BenchmarkCorpus.Prepare(corpus);
Console.WriteLine($"// Corpus: {input}");
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkCorpus).Assembly).Run([.. benchmarkArguments]);
return 0;
