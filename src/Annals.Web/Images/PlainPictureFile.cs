using System.Buffers.Binary;

namespace Annals.Web.Images;

/// <summary>
/// Whether a JPEG, PNG or WebP file carries nothing beyond its pixels: no camera data (EXIF), position, XMP, colour
/// profile or comment. Such a file may be published as it is; any other is saved again from its pixels, which drops
/// the rest. Read from the file's own structure (its segments or chunks), so nothing unknown passes as plain.
/// </summary>
internal static class PlainPictureFile
{
    public static bool IsPlain(ReadOnlySpan<byte> file, ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => IsPlainJpeg(file),
        ImageFormat.Png => IsPlainPng(file),
        ImageFormat.WebP => IsPlainWebP(file),
        _ => false,
    };

    /// <summary>
    /// Segments up to the first scan: tables, frame headers, JFIF (APP0) and Adobe's colour transform (APP14) describe
    /// how the pixels are stored; every other application segment (EXIF and XMP in APP1, a profile in APP2, IPTC in
    /// APP13) and comments are metadata.
    /// </summary>
    private static bool IsPlainJpeg(ReadOnlySpan<byte> file)
    {
        int at = 2;
        while (at + 4 <= file.Length)
        {
            if (file[at] != 0xFF)
            {
                return false;
            }

            byte marker = file[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }

            if (marker == 0xDA)
            {
                return true;
            }

            bool isMetadata = marker == 0xFE || (marker is >= 0xE1 and <= 0xEF && marker != 0xEE);
            if (isMetadata || (IsFrameHeader(marker) && !IsGreyOrColour(file, at)))
            {
                return false;
            }

            at += 2 + BinaryPrimitives.ReadUInt16BigEndian(file[(at + 2)..]);
        }

        return false;
    }

    /// <summary>Start of frame (SOF0 to SOF15); C4, C8 and CC are other tables that share the range.</summary>
    private static bool IsFrameHeader(byte marker) => marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);

    /// <summary>
    /// One component (grey) or three (colour): a CMYK file (four) is shown differently by each browser, so it is
    /// converted to sRGB like a picture with a profile.
    /// </summary>
    private static bool IsGreyOrColour(ReadOnlySpan<byte> file, int frameHeader) =>
        frameHeader + 9 < file.Length && file[frameHeader + 9] is 1 or 3;

    /// <summary>
    /// Chunks that hold pixels, their layout or how they are shown (palette, transparency, gamma, density); text,
    /// time, EXIF, a profile and anything unknown are metadata.
    /// </summary>
    private static bool IsPlainPng(ReadOnlySpan<byte> file)
    {
        int at = 8;
        while (at + 8 <= file.Length)
        {
            long length = BinaryPrimitives.ReadUInt32BigEndian(file[at..]);
            ReadOnlySpan<byte> type = file.Slice(at + 4, 4);
            if (type.SequenceEqual("IEND"u8))
            {
                return true;
            }

            if (!IsOneOf(type, "IHDRPLTEIDATtRNSpHYssBITbKGDsRGBgAMAcHRM"u8))
            {
                return false;
            }

            long next = at + 12 + length;
            if (next > file.Length)
            {
                return false;
            }

            at = (int)next;
        }

        return false;
    }

    /// <summary>A lossy or lossless picture, with or without transparency or animation; a profile, EXIF or XMP chunk is metadata.</summary>
    private static bool IsPlainWebP(ReadOnlySpan<byte> file)
    {
        int at = 12;
        while (at + 8 <= file.Length)
        {
            long length = BinaryPrimitives.ReadUInt32LittleEndian(file[(at + 4)..]);
            ReadOnlySpan<byte> type = file.Slice(at, 4);
            if (!IsOneOf(type, "VP8 VP8LVP8XALPHANIMANMF"u8))
            {
                return false;
            }

            // Chunks are padded to an even length.
            at = (int)Math.Min(int.MaxValue, at + 8 + length + (length & 1));
        }

        return at >= 20;
    }

    /// <summary>Whether a four-letter chunk type is one of <paramref name="types"/>, written one after the other.</summary>
    private static bool IsOneOf(ReadOnlySpan<byte> type, ReadOnlySpan<byte> types)
    {
        for (int at = 0; at + 4 <= types.Length; at += 4)
        {
            if (type.SequenceEqual(types.Slice(at, 4)))
            {
                return true;
            }
        }

        return false;
    }
}
