using Annals.Pipeline.Diagnostics;
using Annals.Web.Content;

namespace Annals.Web.Cms.Local;

/// <summary>
/// Reads a news item or event the editor is about to save with the build's own readers, so the local editor refuses
/// what the build would refuse (an image without its description, a bad date) and says why, file and line.
/// </summary>
public static class EntryCheck
{
    /// <returns>The errors, each as <c>path:line:column: error CODE: message</c>; empty when the file is fine.</returns>
    public static IReadOnlyList<string> Errors(string relativePath, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var bag = new DiagnosticBag();
        if (relativePath.StartsWith(CmsConfig.PostsFolder + "/", StringComparison.Ordinal))
        {
            NewsItemReader.Read(relativePath, bytes, bag);
        }
        else if (relativePath.StartsWith(CmsConfig.EventsFolder + "/", StringComparison.Ordinal))
        {
            string name = relativePath[(CmsConfig.EventsFolder.Length + 1)..];
            if (name.Contains('/', StringComparison.Ordinal))
            {
                return [$"{relativePath}: event files are directly in {CmsConfig.EventsFolder}, not in a folder of it"];
            }

            EventReader.Read(Path.GetFileNameWithoutExtension(name), relativePath, bytes, bag);
        }

        return [.. bag.ToSortedList().Where(d => d.Severity == Severity.Error).Select(d => d.ToString())];
    }
}
