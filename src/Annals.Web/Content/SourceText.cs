using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Annals.Pipeline.Diagnostics;

namespace Annals.Web.Content;

/// <summary>
/// Turns the bytes of a content file into the one text every later step sees: UTF-8 only, no BOM,
/// LF line endings, Unicode NFC. Doing all of this once here is what makes a BOM, CRLF or a decomposed
/// "Genève" give exactly the same site as a plain LF file.
/// </summary>
internal static class SourceText
{
    public static string? Decode(string sourcePath, ReadOnlySpan<byte> bytes, IDiagnosticSink sink)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            sink.Report(Diagnostic.Error(
                ContentCodes.NotUtf8,
                "the file is saved as UTF-16; open it in your editor and save it with the encoding 'UTF-8'",
                new SourceLocation(sourcePath, 1)));
            return null;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (!Utf8.IsValid(bytes))
        {
            int offset = FirstInvalidByte(bytes);
            string message = string.Create(
                CultureInfo.InvariantCulture,
                $"the file is not valid UTF-8 text (byte 0x{bytes[offset]:X2} on line {LineOf(bytes, offset)} cannot be read); open it in your editor and save it with the encoding 'UTF-8'");
            sink.Report(Diagnostic.Error(ContentCodes.NotUtf8, message, new SourceLocation(sourcePath, LineOf(bytes, offset))));
            return null;
        }

        string text = Encoding.UTF8.GetString(bytes);
        if (text.Contains('\r', StringComparison.Ordinal))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        int index = 0;
        while (index < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[index..], out _, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                return index;
            }

            index += consumed;
        }

        return bytes.Length - 1;
    }

    /// <summary>The 1-based line of a byte offset, counting LF, CRLF and lone CR as line ends like the decoder does.</summary>
    private static int LineOf(ReadOnlySpan<byte> bytes, int offset)
    {
        int line = 1;
        for (int i = 0; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n')))
            {
                line++;
            }
        }

        return line;
    }
}
