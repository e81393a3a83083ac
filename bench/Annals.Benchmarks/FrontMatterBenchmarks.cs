using Annals.Benchmarks.Inputs;
using Annals.Pipeline.Diagnostics;
using Annals.Web.Content;
using BenchmarkDotNet.Attributes;

namespace Annals.Benchmarks;

/// <summary>
/// Reading a news item file, as the Posts pipeline does for every post: bytes to text (UTF-8, LF, NFC), the front
/// matter split off and parsed as YAML, then read into a typed <see cref="NewsItem"/> with every check. Times are per
/// file, over an even sample of the corpus.
/// </summary>
[MemoryDiagnoser]
public class FrontMatterBenchmarks
{
    private PostFile[] _files = [];

    [GlobalSetup]
    public void ReadSample() => _files = PostFiles.Sample(PostFiles.SampleSize);

    /// <summary>The whole reader the build calls (<see cref="NewsItemReader.Read(string, ReadOnlySpan{byte}, IDiagnosticSink)"/>).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = PostFiles.SampleSize)]
    public int ReadNewsItem()
    {
        var sink = new DiagnosticBag();
        int read = 0;
        foreach (PostFile file in _files)
        {
            read += NewsItemReader.Read(file.DisplayPath, file.Bytes, sink) is null ? 0 : 1;
        }

        return read;
    }

    /// <summary>Only decoding, splitting and the YAML parse: what is left of the reader is the typed field reading.</summary>
    [Benchmark(OperationsPerInvoke = PostFiles.SampleSize)]
    public int ParseFrontMatterOnly()
    {
        var sink = new DiagnosticBag();
        int parsed = 0;
        foreach (PostFile file in _files)
        {
            parsed += FrontMatterParser.Parse(file.DisplayPath, file.Bytes, sink) is null ? 0 : 1;
        }

        return parsed;
    }
}
