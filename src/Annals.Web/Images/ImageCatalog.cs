using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.FileSystem;
using Annals.Web.Building;
using Annals.Web.Content;

namespace Annals.Web.Images;

/// <summary>
/// Answers, for an image a page shows, what markup it gets: reads the file under input/assets once per build (its
/// content hash and header), decides its widths and names its variants. Thread-safe; Markdown bodies and front
/// matter ask it while they are rendered, in parallel. Files are only read when something published uses them.
/// </summary>
public sealed class ImageCatalog
{
    private const string AssetsPrefix = "/assets/";

    private readonly string _assets;
    private readonly Func<string, string> _display;
    private readonly IImageCodec _codec;
    private readonly ImageStore _store;
    private readonly FileFingerprints? _files;
    private readonly FileReadLog? _reads;
    private readonly ImageMemory? _memory;
    private readonly ConcurrentDictionary<UInt128, ImageProbe> _probes;
    /// <summary>Filled from every core at once: sized and striped so that adding an entry rarely waits for a lock.</summary>
    private readonly ConcurrentDictionary<string, Lazy<Entry>> _entries = new(64, 2048, StringComparer.Ordinal);
    private readonly UInt128 _versionHash;

    /// <param name="options">Where input/assets is, and how paths are shown in messages.</param>
    /// <param name="codec">Reads headers (the build's codec, or a test's).</param>
    /// <param name="store">The cache of facts and resized files.</param>
    /// <param name="caches">In a preview session, what is remembered between runs; null in a normal build.</param>
    public ImageCatalog(BuildOptions options, IImageCodec codec, ImageStore store, BuildCaches? caches = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(codec);
        _assets = Path.Combine(options.InputDirectory, "assets");
        _display = options.Display;
        _codec = codec;
        _store = store;
        _files = caches?.Files;
        _reads = options.InputReads;
        _probes = caches?.Images.Probes ?? new();
        _memory = caches?.Images;
        _versionHash = ContentHash.Of(codec.Version);
    }

    public IImageCodec Codec => _codec;

    public ImageStore Store => _store;

    /// <summary>
    /// The markup data of the image at <paramref name="sitePath"/> (decoded, like <c>/assets/2024/été.jpg</c>), or
    /// null to leave it as written: an external or missing file (the link check reports those), a file type Annals
    /// does not know, or a file that cannot be read, which is reported at <paramref name="where"/>.
    /// </summary>
    public ResponsiveImage? Resolve(string sitePath, SourceLocation where, IDiagnosticSink sink)
    {
        ArgumentNullException.ThrowIfNull(sitePath);
        ArgumentNullException.ThrowIfNull(sink);
        Entry entry = _entries.GetOrAdd(sitePath, static (path, catalog) => new Lazy<Entry>(() => catalog.Remembered(path)), this).Value;
        if (entry.Reason is not null)
        {
            sink.Report(Diagnostic.Error(entry.Code!, $"{entry.Display} {entry.Reason}{Hint(entry.Code)}", where));
        }

        return entry.Image;
    }

    /// <summary>In a preview session, the entry of an earlier run while no image may have changed since.</summary>
    private Entry Remembered(string sitePath)
    {
        if (_memory is null)
        {
            return Look(sitePath);
        }

        int epoch = _memory.Epoch;
        if (_memory.Entries.TryGetValue(sitePath, out var kept) && kept.Epoch == epoch)
        {
            return kept.Entry;
        }

        Entry entry = Look(sitePath);
        _memory.Entries[sitePath] = (epoch, entry);
        return entry;
    }

    private Entry Look(string sitePath)
    {
        if (!sitePath.StartsWith(AssetsPrefix, StringComparison.Ordinal) || ImageFormats.FromFileName(sitePath) is not { } named)
        {
            return Entry.None;
        }

        string? file = SafePath.Combine(_assets, sitePath[AssetsPrefix.Length..]);
        if (file is null || !File.Exists(file) || PassesThroughLink(file))
        {
            return Entry.None;
        }

        string display = _display(file);
        try
        {
            return Look(sitePath, file, display, named);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new Entry(null, display, ImageCodes.Unreadable, $"cannot be opened ({exception.Message})");
        }
    }

    private Entry Look(string sitePath, string file, string display, ImageFormat named)
    {
        byte[]? bytes = null;
        UInt128 hash;
        if (_files is null || !_files.TryGet(file, out hash))
        {
            FileStamp stamp = FileStamp.Of(file);
            bytes = File.ReadAllBytes(file);
            hash = ContentHash.Of(bytes);
            _files?.Record(file, stamp, hash);
            _reads?.Note(file, hash);
        }

        // What a file is depends on its bytes, on what its name says (an SVG is read as text) and on the codec.
        UInt128 factsKey = ContentHash.Combine([hash, (UInt128)(int)named, _versionHash]);
        ImageProbe probe = _probes.GetOrAdd(factsKey, key => _store.TryGetFacts(key) is { } cached ? new ImageProbe(cached) : Probe(file, bytes, named, key));
        if (probe.Facts is not { } facts)
        {
            return new Entry(null, display, probe.Code, probe.Reason);
        }

        string url = EncodedUrl(sitePath);
        if (!facts.IsResized)
        {
            return new Entry(new ResponsiveImage(url, facts.Header?.Width, facts.Header?.Height, null, []), display);
        }

        return new Entry(Variants(file, hash, facts, Slugifier.Slugify(Path.GetFileNameWithoutExtension(file))), display);
    }

    private ImageProbe Probe(string file, byte[]? bytes, ImageFormat named, UInt128 factsKey)
    {
        ImageProbe probe = ImageProbe.Of(bytes ?? File.ReadAllBytes(file), named, _codec);
        if (probe.Facts is { } facts)
        {
            _store.PutFacts(factsKey, facts);
        }

        return probe;
    }

    private ResponsiveImage Variants(string file, UInt128 hash, ImageFacts facts, string stem)
    {
        ImageHeader header = facts.Header!.Value;
        ImmutableArray<int> widths = ImageWidths.For(header.Width);
        int fallbackWidth = widths.FirstOrDefault(w => w >= ImageWidths.Fallback, widths[^1]);
        var variants = ImmutableArray.CreateBuilder<ImageVariant>();
        variants.AddRange(widths.Select(width => Variant(file, hash, stem, width, ImageFormat.WebP)));
        ImageVariant fallback = facts.Format == ImageFormat.WebP
            ? variants.First(v => v.Width == fallbackWidth)
            : Variant(file, hash, stem, fallbackWidth, facts.Format);
        if (facts.Format != ImageFormat.WebP)
        {
            variants.Add(fallback);
        }

        string srcset = string.Join(", ", variants.Where(v => v.Format == ImageFormat.WebP).Select(v => $"{v.Url} {v.Width.ToString(CultureInfo.InvariantCulture)}w"));
        return new ResponsiveImage(fallback.Url, header.Width, header.Height, srcset, variants.ToImmutable());
    }

    private ImageVariant Variant(string file, UInt128 sourceHash, string stem, int width, ImageFormat format)
    {
        UInt128 key = ContentHash.Combine([sourceHash, (UInt128)width, (UInt128)(int)format, _versionHash]);
        string name = string.Create(CultureInfo.InvariantCulture, $"{stem}-{width}.{ImageStore.Hex(key)[..10]}.{ImageFormats.Extension(format)}");
        return new ImageVariant(file, _display(file), sourceHash, key, width, format, "_img/" + name);
    }

    /// <summary>
    /// True when the file or a folder on its way from input/assets is a symbolic link: those are not published (it
    /// could lead to any file on the machine), so their images are left for the link check to report.
    /// </summary>
    private bool PassesThroughLink(string file)
    {
        for (string? path = file; path is not null && path.Length > _assets.Length; path = Path.GetDirectoryName(path))
        {
            if (new FileInfo(path).LinkTarget is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What to do about a file that cannot be shown, in the words of someone who only copies photos.</summary>
    internal static string Hint(string? code) => code switch
    {
        ImageCodes.Unreadable => ": export or copy it again, or show another image",
        ImageCodes.TooLarge => ": export it at most 4,000 pixels wide",
        _ => string.Empty,
    };

    /// <summary>The site path with each segment percent-encoded, as <c>src</c> needs it.</summary>
    private static string EncodedUrl(string sitePath) =>
        "/" + string.Join('/', sitePath.TrimStart('/').Split('/').Select(Uri.EscapeDataString));

    internal sealed record Entry(ResponsiveImage? Image, string Display, string? Code = null, string? Reason = null)
    {
        public static readonly Entry None = new(null, string.Empty);
    }
}
