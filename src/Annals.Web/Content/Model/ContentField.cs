using System.Collections.Immutable;

namespace Annals.Web.Content.Model;

/// <summary>
/// One front-matter key of the content model: its name, its kind, whether it is required, and the words staff read
/// about it (the label and help of the web editor's form, the example of the readers' messages).
/// </summary>
/// <param name="Name">The key as written in front matter (<c>image_alt</c>).</param>
/// <param name="Kind">What the value is.</param>
/// <param name="Label">A short name for forms (<c>Image description</c>).</param>
/// <param name="Help">One sentence that says what to write.</param>
/// <param name="Example">A valid value, written as it would be in YAML after <c>key: </c>.</param>
public sealed record ContentField(string Name, FieldKind Kind, string Label, string Help, string Example)
{
    public bool Required { get; init; }

    /// <summary>The key that makes this one required when it is given (<c>image_alt</c> is required with <c>image</c>).</summary>
    public string? RequiredWith { get; init; }

    /// <summary>For <see cref="FieldKind.ObjectList"/>: the keys of each entry.</summary>
    public ImmutableArray<ContentField> Fields { get; init; } = [];

    /// <summary>For <see cref="FieldKind.Choice"/>: the values allowed, the first being the default.</summary>
    public ImmutableArray<string> Choices { get; init; } = [];

    /// <summary>For <see cref="FieldKind.WholeNumber"/>: the smallest value allowed.</summary>
    public int Minimum { get; init; }
}
