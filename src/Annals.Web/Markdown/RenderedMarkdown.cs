using System.Collections.Immutable;

namespace Annals.Web.Markdown;

/// <summary>
/// A Markdown body turned into safe HTML, with what later stages need without parsing the HTML again:
/// the plain text of the first paragraph (a default description), the whole plain text (search),
/// and every link and image with its line (link checks).
/// </summary>
public sealed record RenderedMarkdown(
    string Html,
    string FirstParagraph,
    string PlainText,
    ImmutableArray<BodyLink> Links);
