namespace Annals.Pipeline.Documents;

/// <summary>
/// A typed key for document metadata. Keys compare by reference, so two modules that each declare
/// a key named "title" never overwrite each other by accident; share the key object instead.
/// </summary>
public sealed class MetadataKey<T>(string name)
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}
