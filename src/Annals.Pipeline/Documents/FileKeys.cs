using Annals.Pipeline.FileSystem;

namespace Annals.Pipeline.Documents;

/// <summary>Metadata every document read from disk carries, and what a document written to disk records.</summary>
public static class FileKeys
{
    /// <summary>
    /// The file a document was written to, with its size and time just after the write: the build's record of its
    /// output is made from these rather than from a walk over every file once the build is done.
    /// </summary>
    public static readonly MetadataKey<FileTreeStamp> Written = new("written");

    /// <summary>The absolute path of the file the document was read from.</summary>
    public static readonly MetadataKey<string> FullPath = new("full-path");

    /// <summary>The path relative to the folder that was read, with forward slashes (e.g. <c>2024/x.md</c>).</summary>
    public static readonly MetadataKey<string> RelativePath = new("relative-path");
}
