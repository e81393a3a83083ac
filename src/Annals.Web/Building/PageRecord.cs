using System.Collections.Concurrent;
using Annals.Pipeline.Documents;
using Annals.Pipeline.FileSystem;

namespace Annals.Web.Building;

/// <summary>
/// The pages the last build wrote, each with what it was made from (the hash of its view model and the fingerprint of
/// its layout) and its file's size, time and content hash, kept in the cache folder. A build that makes a page from
/// the same model with the same layout copies the last build's file instead of rendering the page again, unless that
/// file was changed since: same size and time, or else same content (a CI cache that restores the output folder
/// with new file times still gets its pages copied). The record is written beside the current one while a build runs and takes its place only when
/// that build's output does (<see cref="Commit"/>), so it always describes the output folder.
/// </summary>
internal sealed class PageRecord
{
    private const string FileName = "pages.bin";
    private const string NextFileName = "pages.next.bin";
    private const string Magic = "annals-pages";
    private const int Format = 2;

    private readonly Dictionary<string, Entry> _last;
    private readonly ConcurrentDictionary<string, Entry> _next = new(StringComparer.Ordinal);
    private readonly string _cacheDirectory;
    private readonly string _lastOutput;
    private readonly string _newOutput;

    /// <summary>As the pages' own writer: every page has a folder of its own, so none is remembered.</summary>
    private readonly OutputFolder _files = new(rememberFolders: false);

    private PageRecord(Dictionary<string, Entry> last, string cacheDirectory, string lastOutput, string newOutput)
    {
        _last = last;
        _cacheDirectory = cacheDirectory;
        _lastOutput = lastOutput;
        _newOutput = newOutput;
    }

    /// <param name="cacheDirectory">Where the record is kept.</param>
    /// <param name="lastOutput">The output folder, still holding the last build's site.</param>
    /// <param name="newOutput">The staging folder this build writes to.</param>
    /// <param name="reuse">False for <c>--force</c>: render every page, but record them for the next build.</param>
    public static PageRecord Open(string cacheDirectory, string lastOutput, string newOutput, bool reuse) =>
        new(reuse ? Load(Path.Combine(cacheDirectory, FileName)) : [], cacheDirectory, lastOutput, newOutput);

    /// <summary>
    /// Copies the last build's file of this page into the new output when it was made from the same model and layout
    /// and is as the last build left it, and returns the copy's stamp (for the build's record of its output, as a
    /// rendered page's); null when the page must be rendered.
    /// </summary>
    public FileTreeStamp? TryCopy(string destination, UInt128 model, UInt128 layout)
    {
        if (!_last.TryGetValue(destination, out Entry? entry) || entry.Model != model || entry.Layout != layout
            || SafePath.Combine(_lastOutput, destination) is not { } last
            || SafePath.Combine(_newOutput, destination) is not { } next)
        {
            return null;
        }

        var file = new FileInfo(last);
        if (!file.Exists || file.Length != entry.Length)
        {
            // Deleted or edited by hand since: render it again.
            return null;
        }

        FileTreeStamp copied;
        if (file.LastWriteTimeUtc.Ticks == entry.WriteTime)
        {
            copied = _files.Copy(last, next);
        }
        else
        {
            byte[] bytes = File.ReadAllBytes(last);
            if (ContentHash.Of(bytes) != entry.Content)
            {
                return null;
            }

            copied = _files.Write(next, bytes);
        }

        Wrote(destination, model, layout, entry.Content, copied);
        return copied;
    }

    /// <summary>Records a page this build wrote to the new output, with the hash of the bytes written and the file's stamp.</summary>
    public void Wrote(string destination, UInt128 model, UInt128 layout, UInt128 content, FileTreeStamp written) =>
        _next[destination] = new Entry(model, layout, content, written.Length, written.LastWriteTicks);

    /// <summary>Writes this build's record beside the current one, for <see cref="Commit"/> to put in its place.</summary>
    public void SaveNext()
    {
        Directory.CreateDirectory(_cacheDirectory);
        using var stream = new FileStream(Path.Combine(_cacheDirectory, NextFileName), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new BinaryWriter(stream);
        writer.Write(Magic);
        writer.Write(Format);
        writer.Write(EngineIdentity.Value);
        writer.Write(_next.Count);
        foreach ((string destination, Entry entry) in _next)
        {
            writer.Write(destination);
            Write(writer, entry.Model);
            Write(writer, entry.Layout);
            Write(writer, entry.Content);
            writer.Write(entry.Length);
            writer.Write(entry.WriteTime);
        }
    }

    /// <summary>
    /// After a build: its record replaces the last one when its output replaced the last site, and is dropped when the
    /// build failed (the output folder still holds the last site, which the current record describes).
    /// </summary>
    public static void Commit(string cacheDirectory, bool outputReplaced)
    {
        string next = Path.Combine(cacheDirectory, NextFileName);
        if (!File.Exists(next))
        {
            return;
        }

        if (outputReplaced)
        {
            File.Move(next, Path.Combine(cacheDirectory, FileName), overwrite: true);
        }
        else
        {
            File.Delete(next);
        }
    }

    private static Dictionary<string, Entry> Load(string path)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return entries;
        }

        try
        {
            using var reader = new BinaryReader(File.OpenRead(path));
            if (reader.ReadString() != Magic || reader.ReadInt32() != Format || reader.ReadString() != EngineIdentity.Value)
            {
                // Another version of Annals rendered those pages: its templates' helpers may differ.
                return entries;
            }

            int count = reader.ReadInt32();
            for (int i = 0; i < count; i++)
            {
                string destination = reader.ReadString();
                entries[destination] = new Entry(ReadUInt128(reader), ReadUInt128(reader), ReadUInt128(reader), reader.ReadInt64(), reader.ReadInt64());
            }

            return entries;
        }
        catch (Exception exception) when (exception is IOException or EndOfStreamException or UnauthorizedAccessException)
        {
            // A damaged record only costs rendering every page.
            return [];
        }
    }

    private static void Write(BinaryWriter writer, UInt128 value)
    {
        writer.Write((ulong)(value >> 64));
        writer.Write((ulong)value);
    }

    private static UInt128 ReadUInt128(BinaryReader reader) => new(reader.ReadUInt64(), reader.ReadUInt64());

    private sealed record Entry(UInt128 Model, UInt128 Layout, UInt128 Content, long Length, long WriteTime);
}
