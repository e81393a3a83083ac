using System.Collections.Immutable;

namespace Annals.Web.Content.Model;

/// <summary>The fields of one kind of content file (a news item, an event), in the order of the content model.</summary>
/// <param name="Name">A short id (<c>posts</c>, <c>events</c>).</param>
/// <param name="Label">What staff call one file of this kind (<c>News item</c>).</param>
/// <param name="Fields">The front-matter keys.</param>
/// <param name="BodyHelp">What the Markdown below the front matter is for.</param>
public sealed record ContentSchema(string Name, string Label, ImmutableArray<ContentField> Fields, string BodyHelp)
{
    /// <summary>Every key a file of this kind may have.</summary>
    public ImmutableArray<string> Keys => [.. Fields.Select(f => f.Name)];

    /// <summary>The field named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">The model has no such field (a programming error).</exception>
    public ContentField this[string name] =>
        Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"The content model of {Label} has no field '{name}'.");

    /// <summary>This schema with one more field at the end (how a new key is added to the model).</summary>
    public ContentSchema With(ContentField field) => this with { Fields = Fields.Add(field) };
}
