using System.Buffers;
using System.Text;
using Annals.Pipeline.Documents;
using Annals.Pipeline.FileSystem;

namespace Annals.Web.Pages;

/// <summary>
/// Writes a rendered page straight into the output (staging) folder of a one-shot build, so that its bytes die young
/// instead of waiting for the Output phase: at 10,000 items that is some 500 MB less to hold and to move through the
/// garbage collector's generations. The page is encoded into a pooled buffer, never into a new array.
/// </summary>
internal sealed class PageFiles(string outputRoot)
{
    /// <summary>The page as a document whose content is the written file, or null when its path is unsafe (the Output phase then reports it).</summary>
    /// <param name="destination">The page's path in the output folder.</param>
    /// <param name="html">The page.</param>
    /// <param name="hash">The content hash of the bytes written.</param>
    public DocumentContent? Write(string destination, string html, out UInt128 hash)
    {
        hash = default;
        if (SafePath.Combine(outputRoot, destination) is not { } target)
        {
            return null;
        }

        byte[] buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(html.Length));
        try
        {
            int length = Encoding.UTF8.GetBytes(html, buffer);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, buffer.AsSpan(0, length));
            hash = Building.ContentHash.Of(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return DocumentContent.FromFile(target);
    }
}
