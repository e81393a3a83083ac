using System.Buffers.Binary;

namespace Annals.Web.Assets;

/// <summary>Reads the width and height a PNG file declares in its header, without decoding the image.</summary>
public static class PngSize
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The size, or null when the bytes are not a PNG that starts with its IHDR chunk, as every PNG must.</summary>
    public static (int Width, int Height)? Read(ReadOnlySpan<byte> png)
    {
        if (png.Length < 24 || !png[..8].SequenceEqual(Signature) || !png[12..16].SequenceEqual("IHDR"u8))
        {
            return null;
        }

        uint width = BinaryPrimitives.ReadUInt32BigEndian(png[16..20]);
        uint height = BinaryPrimitives.ReadUInt32BigEndian(png[20..24]);
        return width is 0 or > int.MaxValue || height is 0 or > int.MaxValue ? null : ((int)width, (int)height);
    }
}
