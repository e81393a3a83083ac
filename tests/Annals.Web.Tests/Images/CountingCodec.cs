using System.Collections.Concurrent;
using Annals.Web.Images;

namespace Annals.Web.Tests.Images;

/// <summary>The build's codec, counting what it is asked to do: the seam that shows a warm build encodes nothing.</summary>
internal sealed class CountingCodec : IImageCodec
{
    private readonly VipsImageCodec _inner = VipsImageCodec.Instance;
    private int _headers;

    public ConcurrentQueue<(int Width, ImageFormat Format)> Encodings { get; } = new();

    public int Encodes => Encodings.Count;

    public int Headers => Volatile.Read(ref _headers);

    public string Version => _inner.Version;

    public ImageHeader ReadHeader(byte[] bytes)
    {
        Interlocked.Increment(ref _headers);
        return _inner.ReadHeader(bytes);
    }

    public byte[] Encode(byte[] source, int width, ImageFormat format)
    {
        Encodings.Enqueue((width, format));
        return _inner.Encode(source, width, format);
    }

    public void Reset()
    {
        Encodings.Clear();
        Interlocked.Exchange(ref _headers, 0);
    }
}
