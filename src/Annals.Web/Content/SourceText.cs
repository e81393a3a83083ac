using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Annals.Pipeline.Diagnostics;

namespace Annals.Web.Content;

/// <summary>
/// Turns the bytes of a content file into the one text every later step sees: UTF-8 only, no BOM,
/// LF line endings, Unicode NFC, no control characters but tab and line breaks. Doing all of this once here
/// is what makes a BOM, CRLF or a decomposed "Genève" give exactly the same site as a plain LF file.
/// </summary>
internal static class SourceText
{
    private static readonly SearchValues<char> InvalidInXml = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

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

        if (!RefuseInvisibleCharacters(sourcePath, text, sink))
        {
            return null;
        }

        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Control characters other than tab and line breaks (and the non-characters U+FFFE, U+FFFF) are invalid in
    /// XML, so one of them pasted into a body would break the feeds; they are invisible in an editor, so say where.
    /// </summary>
    private static bool RefuseInvisibleCharacters(string sourcePath, string text, IDiagnosticSink sink)
    {
        int index = text.AsSpan().IndexOfAny(InvalidInXml);
        if (index < 0)
        {
            return true;
        }

        int lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        int line = 1 + text.AsSpan(0, index).Count('\n');
        string message = string.Create(
            CultureInfo.InvariantCulture,
            $"the text contains an invisible control character (U+{(int)text[index]:X4}), often pasted from another program; delete it (retype the words around it), then save the file");
        sink.Report(Diagnostic.Error(ContentCodes.ControlCharacter, message, new SourceLocation(sourcePath, line, index - lineStart + 1)));
        return false;
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
