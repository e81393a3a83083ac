using Annals.Pipeline.Diagnostics;

namespace Annals.Web.Content;

/// <summary>
/// Reads a whole YAML settings file (<c>site.yml</c>, <c>topics.yml</c>, <c>series.yml</c>) with the same
/// decoding and typing rules as front matter. An empty file (or only comments) is an empty map.
/// </summary>
public static class YamlFileParser
{
    /// <summary>Returns null (after reporting why) when the file cannot be read.</summary>
    public static FrontMatter? Parse(string sourcePath, ReadOnlySpan<byte> bytes, IDiagnosticSink sink)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        ArgumentNullException.ThrowIfNull(sink);
        string? text = SourceText.Decode(sourcePath, bytes, sink);
        if (text is null)
        {
            return null;
        }

        MappingNode? root = YamlTreeBuilder.Build(sourcePath, text, lineOffset: 0, sink);
        return root is null ? null : new FrontMatter(sourcePath, root, 0);
    }
}
