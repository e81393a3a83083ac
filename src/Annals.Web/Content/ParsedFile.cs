namespace Annals.Web.Content;

/// <summary>A Markdown content file split into its front matter and its body (LF line endings, NFC).</summary>
/// <param name="SourcePath">Path relative to the site root, as given by the caller.</param>
/// <param name="FrontMatter">The parsed front matter (an empty map when it had no keys).</param>
/// <param name="Body">The Markdown after the closing '---' line.</param>
/// <param name="BodyLine">The 1-based file line where <paramref name="Body"/> starts, so Markdown errors name real lines.</param>
public sealed record ParsedFile(string SourcePath, FrontMatter FrontMatter, string Body, int BodyLine);
