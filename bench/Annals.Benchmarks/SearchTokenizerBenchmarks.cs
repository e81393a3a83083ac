using Annals.Benchmarks.Inputs;
using Annals.Web.Search;
using BenchmarkDotNet.Attributes;

namespace Annals.Benchmarks;

/// <summary>
/// The search tokenizer on one document's body text, split by whether the text is plain ASCII: ASCII text is copied and
/// lower-cased whole in place, any other text is first folded whole (TextFolding). In the generated corpus the only non-ASCII
/// character is an em dash in some bodies, so the two cases are the same kind of English text. Times are per body.
/// </summary>
[MemoryDiagnoser]
public class SearchTokenizerBenchmarks
{
    /// <summary>Fewer than the other samples: a 1,000-post corpus has only about 75 bodies with an em dash.</summary>
    private const int BodiesPerCase = 50;

    private string[] _asciiBodies = [];
    private string[] _otherBodies = [];

    [GlobalSetup]
    public void LoadSite()
    {
        BuiltSite site = BuiltSite.Load();
        string[] bodies = [.. site.Index.Items.Select(p => p.Body.PlainText)];
        _asciiBodies = [.. PostFiles.Spread([.. bodies.Where(b => System.Text.Ascii.IsValid(b))], BodiesPerCase)];
        _otherBodies = [.. PostFiles.Spread([.. bodies.Where(b => !System.Text.Ascii.IsValid(b))], BodiesPerCase)];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BodiesPerCase)]
    public long TokenizeAsciiBody() => Tokenize(_asciiBodies);

    [Benchmark(OperationsPerInvoke = BodiesPerCase)]
    public long TokenizeBodyWithNonAsciiCharacter() => Tokenize(_otherBodies);

    private static long Tokenize(string[] bodies)
    {
        var counter = new CountingTokenSink();
        foreach (string body in bodies)
        {
            SearchTokenizer.Tokenize(body, counter);
        }

        return counter.Terms;
    }
}
