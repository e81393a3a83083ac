namespace Annals.Pipeline.Documents;

/// <summary>Metadata every document read from disk carries.</summary>
public static class FileKeys
{
    /// <summary>The absolute path of the file the document was read from.</summary>
    public static readonly MetadataKey<string> FullPath = new("full-path");

    /// <summary>The path relative to the folder that was read, with forward slashes (e.g. <c>2024/x.md</c>).</summary>
    public static readonly MetadataKey<string> RelativePath = new("relative-path");
}
