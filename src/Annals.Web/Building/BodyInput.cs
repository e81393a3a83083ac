using System.Collections.Immutable;

namespace Annals.Web.Building;

/// <summary>
/// What a rendered body depends on: its Markdown, the line it starts at, the allowed video hosts, and, for a body
/// that shows images, the images' epoch and the page's URL (see <see cref="Images.ImageMemory"/>).
/// </summary>
public readonly record struct BodyInput(string Markdown, int Line, ImmutableArray<string> VideoHosts, (int Epoch, string PageUrl) Images = default);
