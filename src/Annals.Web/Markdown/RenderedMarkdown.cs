using System.Collections.Immutable;
using Annals.Web.Images;

namespace Annals.Web.Markdown;

/// <summary>
/// A Markdown body turned into safe HTML, with what later stages need without parsing the HTML again:
/// the plain text of the first paragraph (a default description), the whole plain text (search),
/// every link and image with its line (link checks), and the images of this site it shows (the files to make).
/// </summary>
public sealed record RenderedMarkdown(
    string Html,
    string FirstParagraph,
    string PlainText,
    ImmutableArray<BodyLink> Links)
{
    /// <summary>The images of this site the body shows as responsive pictures, in order, with the line of each.</summary>
    public ImmutableArray<ImageUse> Images { get; init; } = [];
}
