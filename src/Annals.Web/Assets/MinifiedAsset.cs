namespace Annals.Web.Assets;

/// <summary>What <see cref="AssetMinifier"/> publishes, and why it could not minify (null when it did).</summary>
/// <param name="Text">The minified file, or the file as written when <paramref name="Problem"/> is set.</param>
/// <param name="Problem">The minifier's first error, in its words.</param>
/// <param name="Line">The 1-based line of the problem, 0 when unknown.</param>
/// <param name="Column">The 1-based column of the problem, 0 when unknown.</param>
public sealed record MinifiedAsset(string Text, string? Problem, int Line, int Column);
