using Annals.Benchmarks.Images;
using Annals.Web.Images;
using BenchmarkDotNet.Attributes;

namespace Annals.Benchmarks;

/// <summary>
/// Making one resized variant with the build's codec (<see cref="SkiaImageCodec.Encode"/>: decode, shrink, convert to
/// sRGB, save without metadata), at the 800-pixel fallback width, for each source and output format. A build makes
/// every width in WebP plus the fallback in the source's own format, once per image (then they are cached).
/// </summary>
[MemoryDiagnoser]
public class ImageEncodingBenchmarks
{
    private byte[] _source = [];

    [Params(SamplePicture.CorpusPng, SamplePicture.Photo, SamplePicture.PhotoInDisplayP3)]
    public SamplePicture Source { get; set; }

    [Params(ImageFormat.WebP, ImageFormat.Jpeg, ImageFormat.Png)]
    public ImageFormat Format { get; set; }

    [GlobalSetup]
    public void MakeSource() => _source = SamplePictures.Bytes(Source);

    [Benchmark]
    public byte[] EncodeFallbackWidth() => SkiaImageCodec.Instance.Encode(_source, ImageWidths.Fallback, Format);
}
