namespace Annals.Pipeline.Documents;

/// <summary>
/// The unit of work that flows through pipelines. Immutable: every change returns a new document,
/// so modules can run in parallel and a document seen by one pipeline is never changed under another.
/// </summary>
/// <remarks>
/// <see cref="Source"/> is the path the document came from, relative to the site root with forward
/// slashes (e.g. <c>input/posts/2024/x.md</c>); it is what diagnostics name. <see cref="Destination"/>
/// is the path it will be written to, relative to the output folder (e.g. <c>news/2024/x/index.html</c>).
/// </remarks>
public sealed class Document
{
    /// <summary>
    /// A document carries a handful of keys, so they are kept in one array, searched by reference and copied on
    /// change: a hash trie (what an immutable dictionary is) made a dozen small objects per document, which every
    /// garbage collection of a large build had to trace.
    /// </summary>
    private readonly KeyValuePair<object, object>[] _metadata;

    public Document(string? source, string? destination, DocumentContent? content = null)
        : this(source, destination, content ?? DocumentContent.Empty, [])
    {
    }

    private Document(string? source, string? destination, DocumentContent content, KeyValuePair<object, object>[] metadata)
    {
        Source = source;
        Destination = destination;
        Content = content;
        _metadata = metadata;
    }

    public string? Source { get; }

    public string? Destination { get; }

    public DocumentContent Content { get; }

    public T Get<T>(MetadataKey<T> key)
    {
        ArgumentNullException.ThrowIfNull(key);
        int at = IndexOf(key);
        if (at >= 0)
        {
            return (T)_metadata[at].Value;
        }

        throw new KeyNotFoundException($"Document '{Source ?? Destination}' has no metadata '{key.Name}'.");
    }

    public bool TryGet<T>(MetadataKey<T> key, out T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        int at = IndexOf(key);
        if (at >= 0)
        {
            value = (T)_metadata[at].Value;
            return true;
        }

        value = default!;
        return false;
    }

    public T? GetOrDefault<T>(MetadataKey<T> key) => TryGet(key, out T value) ? value : default;

    public bool Has<T>(MetadataKey<T> key) => IndexOf(key) >= 0;

    public Document With<T>(MetadataKey<T> key, T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        int at = IndexOf(key);
        KeyValuePair<object, object>[] metadata = new KeyValuePair<object, object>[at >= 0 ? _metadata.Length : _metadata.Length + 1];
        _metadata.CopyTo(metadata, 0);
        metadata[at >= 0 ? at : _metadata.Length] = new KeyValuePair<object, object>(key, value);
        return new Document(Source, Destination, Content, metadata);
    }

    public Document WithContent(DocumentContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new Document(Source, Destination, content, _metadata);
    }

    public Document WithText(string text) => WithContent(DocumentContent.FromText(text));

    public Document WithDestination(string? destination) => new(Source, destination, Content, _metadata);

    public override string ToString() => Source ?? Destination ?? "(document)";

    private int IndexOf(object key)
    {
        for (int i = 0; i < _metadata.Length; i++)
        {
            if (ReferenceEquals(_metadata[i].Key, key))
            {
                return i;
            }
        }

        return -1;
    }
}
