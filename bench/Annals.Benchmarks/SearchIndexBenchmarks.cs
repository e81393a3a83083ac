using System.Collections.Immutable;
using Annals.Benchmarks.Inputs;
using Annals.Web.Archives;
using Annals.Web.Content;
using Annals.Web.Search;
using BenchmarkDotNet.Attributes;

namespace Annals.Benchmarks;

/// <summary>
/// Building the search index of the whole corpus, as the Search pipeline does, and its steps on their own: making
/// the documents from the site index, tokenizing their text, inverting it into posting lists with BM25F impacts.
/// Times are per whole index (divide by the document count for one document). Everything runs on one core, so the
/// figures are work, not how well two cores share it; a build spreads tokenizing over all cores.
/// </summary>
[MemoryDiagnoser]
public class SearchIndexBenchmarks
{
    private static readonly SearchIndexOptions OneCore = SearchIndexOptions.Default with { Parallelism = 1 };

    private SiteIndex _site = null!;
    private SiteSettings _settings = null!;
    private ImmutableArray<SearchDocument> _documents = [];

    [GlobalSetup]
    public void LoadSite()
    {
        BuiltSite site = BuiltSite.Load();
        _site = site.Index;
        _settings = site.Settings;
        _documents = SearchDocuments.From(_site, _settings);
        Console.WriteLine($"// {_documents.Length} search documents");
    }

    /// <summary>Everything the Search pipeline does: documents, index, shards, fragment chunks, events list, manifest.</summary>
    [Benchmark(Baseline = true)]
    public SearchIndexResult WriteWholeIndex() => SearchIndexWriter.Write(_site, _settings, OneCore, CancellationToken.None);

    [Benchmark]
    public ImmutableArray<SearchDocument> MakeSearchDocuments() => SearchDocuments.From(_site, _settings);

    /// <summary>The tokenizer alone over every field of every document, handing terms to a sink that only counts them.</summary>
    [Benchmark]
    public long TokenizeDocuments()
    {
        var counter = new CountingTokenSink();
        foreach (SearchDocument document in _documents)
        {
            foreach (string text in document.Fields)
            {
                SearchTokenizer.Tokenize(text, counter);
            }
        }

        return counter.Terms;
    }

    /// <summary>Tokenizing and counting terms per document, then postings with their impacts (no files written).</summary>
    [Benchmark]
    public int BuildInvertedIndex() => InvertedIndex.Build(_documents, parallelism: 1, CancellationToken.None).Terms.Length;
}
