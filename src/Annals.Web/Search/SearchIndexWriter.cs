using System.Collections.Immutable;
using Annals.Web.Archives;
using Annals.Web.Content;

namespace Annals.Web.Search;

/// <summary>
/// Builds the whole search index of a site: documents from the site index, postings with BM25F impacts, shards,
/// fragment chunks, the events list and the manifest. The same site gives byte-identical files.
/// </summary>
public static class SearchIndexWriter
{
    public static SearchIndexResult Write(SiteIndex site, SiteSettings settings, SearchIndexOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        // A preview abandons the index when a newer save comes: every stage stops soon after it is told, so that
        // the abandoned index does not take a core from the rebuild the person is waiting for.
        ImmutableArray<SearchDocument> documents = SearchDocuments.From(site, settings);
        cancellationToken.ThrowIfCancellationRequested();
        InvertedIndex index = InvertedIndex.Build(documents, options.Parallelism, cancellationToken);
        FilterValues filters = FilterValues.From(site, index);

        var (separators, shardHashes, shards) = ShardWriter.Write(index, options.ShardBytes, cancellationToken);
        var topicNumbers = filters.Topics.Select((t, i) => (t.Slug, i)).ToDictionary(p => p.Slug, p => p.i, StringComparer.Ordinal);
        var (fragmentHashes, fragments) = FragmentWriter.Write(documents, topicNumbers, options.FragmentsPerChunk, cancellationToken);
        SearchFile events = ManifestWriter.WriteEvents(filters.Events, out string eventsHash);
        SearchFile manifest = ManifestWriter.Write(documents.Length, options.FragmentsPerChunk, separators, shardHashes, fragmentHashes, filters, eventsHash);

        return new SearchIndexResult([manifest, events, .. shards, .. fragments], documents.Length, index.Terms.Length, shards.Length);
    }
}
