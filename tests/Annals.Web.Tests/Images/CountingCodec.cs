using System.Collections.Concurrent;
using Annals.Web.Images;

namespace Annals.Web.Tests.Images;

/// <summary>The build's codec, counting what it is asked to do: the seam that shows a warm build encodes nothing.</summary>
internal sealed class CountingCodec : IImageCodec
{
    private readonly SkiaImageCodec _inner = SkiaImageCodec.Instance;
    private int _headers;
    private int _decodes;

    public ConcurrentQueue<(int Width, ImageFormat Format)> Encodings { get; } = new();

    public int Encodes => Encodings.Count;

    public int Headers => Volatile.Read(ref _headers);

    /// <summary>How many times a picture was decoded and resized (once per width, for all its formats).</summary>
    public int Decodes => Volatile.Read(ref _decodes);

    public string Version => _inner.Version;

    public ImageHeader ReadHeader(byte[] bytes)
    {
        Interlocked.Increment(ref _headers);
        return _inner.ReadHeader(bytes);
    }

    public IReadOnlyList<byte[]> Encode(byte[] source, int width, IReadOnlyList<ImageFormat> formats)
    {
        Interlocked.Increment(ref _decodes);
        foreach (ImageFormat format in formats)
        {
            Encodings.Enqueue((width, format));
        }

        return _inner.Encode(source, width, formats);
    }

    public void Reset()
    {
        Encodings.Clear();
        Interlocked.Exchange(ref _headers, 0);
        Interlocked.Exchange(ref _decodes, 0);
    }
}
