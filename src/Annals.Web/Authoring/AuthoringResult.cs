using System.Collections.Immutable;

namespace Annals.Web.Authoring;

/// <summary>
/// What <c>annals new</c> did: the file it wrote and the address the page will have, or, when it wrote nothing,
/// why, in words for the person who typed the command. <see cref="Notes"/> are things worth knowing either way.
/// </summary>
public sealed record AuthoringResult(string? FilePath, string? Url, string? Problem, ImmutableArray<string> Notes)
{
    public bool Written => FilePath is not null;

    public static AuthoringResult Wrote(string filePath, string url, IEnumerable<string> notes) => new(filePath, url, null, [.. notes]);

    public static AuthoringResult Refused(string problem) => new(null, null, problem, []);
}
