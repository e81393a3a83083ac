using Annals.Pipeline.Diagnostics;

namespace Annals.Web.Content;

/// <summary>
/// The root map of a file's front matter (or of a YAML settings file) with the lines of its keys.
/// Typed values are read through <see cref="Fields"/>, which reports every problem it meets.
/// </summary>
public sealed class FrontMatter
{
    public FrontMatter(string sourcePath, MappingNode root, int line)
    {
        ArgumentNullException.ThrowIfNull(root);
        SourcePath = sourcePath;
        Root = root;
        Line = line;
        Lines = FieldLines.From(root, line);
    }

    public string SourcePath { get; }

    public MappingNode Root { get; }

    /// <summary>The line of the opening '---' (1), or 0 for a whole YAML file; missing keys are reported here.</summary>
    public int Line { get; }

    public FieldLines Lines { get; }

    /// <summary>A typed reader over the root map that reports its problems into <paramref name="sink"/>.</summary>
    public FieldReader Fields(IDiagnosticSink sink) => new(SourcePath, Root, sink, new SourceLocation(SourcePath, Line));
}
