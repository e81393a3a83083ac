using System.Collections.Immutable;

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
    private readonly ImmutableDictionary<object, object> _metadata;

    public Document(string? source, string? destination, DocumentContent? content = null)
        : this(source, destination, content ?? DocumentContent.Empty, ImmutableDictionary<object, object>.Empty)
    {
    }

    private Document(string? source, string? destination, DocumentContent content, ImmutableDictionary<object, object> metadata)
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
        if (_metadata.TryGetValue(key, out object? value))
        {
            return (T)value;
        }

        throw new KeyNotFoundException($"Document '{Source ?? Destination}' has no metadata '{key.Name}'.");
    }

    public bool TryGet<T>(MetadataKey<T> key, out T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_metadata.TryGetValue(key, out object? found))
        {
            value = (T)found;
            return true;
        }

        value = default!;
        return false;
    }

    public T? GetOrDefault<T>(MetadataKey<T> key) => TryGet(key, out T value) ? value : default;

    public bool Has<T>(MetadataKey<T> key) => _metadata.ContainsKey(key);

    public Document With<T>(MetadataKey<T> key, T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        return new Document(Source, Destination, Content, _metadata.SetItem(key, value));
    }

    public Document WithContent(DocumentContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new Document(Source, Destination, content, _metadata);
    }

    public Document WithText(string text) => WithContent(DocumentContent.FromText(text));

    public Document WithDestination(string? destination) => new(Source, destination, Content, _metadata);

    public override string ToString() => Source ?? Destination ?? "(document)";
}
