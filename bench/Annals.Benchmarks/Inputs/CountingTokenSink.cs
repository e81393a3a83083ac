using Annals.Web.Search;

namespace Annals.Benchmarks.Inputs;

/// <summary>Receives search terms and only counts them, so tokenizer benchmarks time the tokenizer and nothing else.</summary>
internal sealed class CountingTokenSink : ITokenSink
{
    public long Terms { get; private set; }

    public void Add(ReadOnlySpan<char> term, bool endsText) => Terms++;
}
