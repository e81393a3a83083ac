using Annals.Benchmarks.Inputs;
using Annals.Web.Images;
using NetVips;
using VipsImage = NetVips.Image;

namespace Annals.Benchmarks.Images;

/// <summary>The source images the image benchmarks resize.</summary>
public enum SamplePicture
{
    /// <summary>A lead image of the corpus: the generator writes tiny PNGs (32 x 24), so this is the per-call overhead.</summary>
    CorpusPng,

    /// <summary>A 2400 x 1600 JPEG, about what a camera or phone picture is after a first export.</summary>
    Photo,

    /// <summary>The same photo in Display P3 with the profile embedded, as phones save them: resizing converts it to sRGB.</summary>
    PhotoInDisplayP3,
}

/// <summary>Makes the bytes of each <see cref="SamplePicture"/>; the photos are drawn by libvips, the same every run.</summary>
internal static class SamplePictures
{
    public const int PhotoWidth = 2400;

    public const int PhotoHeight = 1600;

    public static byte[] Bytes(SamplePicture picture)
    {
        byte[] png = CorpusPng();
        SkiaImageCodec.Instance.ReadHeader(png);
        return picture switch
        {
            SamplePicture.CorpusPng => png,
            SamplePicture.Photo => Photo(displayP3: false),
            SamplePicture.PhotoInDisplayP3 => Photo(displayP3: true),
            _ => throw new ArgumentOutOfRangeException(nameof(picture), picture, null),
        };
    }

    private static byte[] CorpusPng()
    {
        string assets = Path.Combine(BenchmarkCorpus.InputFolder, "assets");
        string first = Directory.EnumerateFiles(assets, "*.png", SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault()
            ?? throw new InvalidOperationException($"the corpus has no PNG under {assets}");
        return File.ReadAllBytes(first);
    }

    /// <summary>
    /// Smooth gradients and waves with a little noise, so the encoders meet both flat areas and detail, as in a
    /// photograph; pure noise or a flat colour would make every format look unusually slow or fast.
    /// </summary>
    private static byte[] Photo(bool displayP3)
    {
        using VipsImage coordinates = VipsImage.Xyz(PhotoWidth, PhotoHeight);
        using VipsImage across = coordinates[0] * (255.0 / PhotoWidth);
        using VipsImage down = coordinates[1] * (255.0 / PhotoHeight);
        using VipsImage waves = VipsImage.Sines(PhotoWidth, PhotoHeight, hfreq: 9, vfreq: 6);
        using VipsImage wavesScaled = (waves + 1) * 110;
        using VipsImage noise = VipsImage.Gaussnoise(PhotoWidth, PhotoHeight, sigma: 14, mean: 0, seed: 42);
        using VipsImage red = across + noise;
        using VipsImage green = down + noise;
        using VipsImage blue = wavesScaled + noise;
        using VipsImage joined = red.Bandjoin(green, blue);
        using VipsImage bytes = joined.Cast(Enums.BandFormat.Uchar);
        using VipsImage srgb = bytes.Copy(interpretation: Enums.Interpretation.Srgb);
        if (!displayP3)
        {
            return srgb.JpegsaveBuffer(q: 90);
        }

        // libvips has Display P3 built in; the transform attaches the profile, and saving keeps it.
        using VipsImage p3 = srgb.IccTransform("p3", inputProfile: "srgb");
        byte[] saved = p3.JpegsaveBuffer(q: 90);
        using VipsImage check = VipsImage.NewFromBuffer(saved);
        return check.Contains("icc-profile-data")
            ? saved
            : throw new InvalidOperationException("libvips saved the Display P3 photo without its ICC profile");
    }
}
