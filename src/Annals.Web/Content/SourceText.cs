using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Annals.Pipeline.Diagnostics;
using Annals.Web.Text;

namespace Annals.Web.Content;

/// <summary>
/// Turns the bytes of a content file into the one text every later step sees: UTF-8 only, no BOM,
/// LF line endings, Unicode NFC, no control characters but tab and line breaks. Doing all of this once here
/// is what makes a BOM, CRLF or a decomposed "Genève" give exactly the same site as a plain LF file.
/// </summary>
internal static class SourceText
{
    /// <summary>The whole file as one string (settings files, which are small and parsed whole).</summary>
    public static string? Decode(string sourcePath, ReadOnlySpan<byte> bytes, IDiagnosticSink sink)
    {
        using SourceChars chars = DecodeChars(sourcePath, bytes, sink);
        return chars.IsValid ? chars.Span.ToString() : null;
    }

    /// <summary>
    /// The file's text in a buffer borrowed from the shared pool, so that a content file's callers can cut it into
    /// front matter and body without first making a string of the whole file (a third of the strings a build made).
    /// Invalid (<see cref="SourceChars.IsValid"/> false) after reporting why the file cannot be read.
    /// </summary>
    public static SourceChars DecodeChars(string sourcePath, ReadOnlySpan<byte> bytes, IDiagnosticSink sink)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            sink.Report(Diagnostic.Error(
                ContentCodes.NotUtf8,
                "the file is saved as UTF-16; open it in your editor and save it with the encoding 'UTF-8'",
                new SourceLocation(sourcePath, 1)));
            return default;
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
            return default;
        }

        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, Encoding.UTF8.GetMaxCharCount(bytes.Length)));
        int length = JoinLineEnds(buffer.AsSpan(0, Encoding.UTF8.GetChars(bytes, buffer)));
        var chars = new SourceChars(buffer, length);
        if (!RefuseInvisibleCharacters(sourcePath, chars.Span, sink))
        {
            chars.Dispose();
            return default;
        }

        // Almost every file is already NFC; the few that are not (a decomposed "Genève" pasted from a Mac) become
        // a string, as normalizing may change the text's length.
        if (!chars.Span.IsNormalized(NormalizationForm.FormC))
        {
            string normalized = chars.Span.ToString().Normalize(NormalizationForm.FormC);
            chars.Dispose();
            return new SourceChars(normalized);
        }

        return chars;
    }

    /// <summary>CRLF and lone CR become LF, in place; returns the new length.</summary>
    private static int JoinLineEnds(Span<char> text)
    {
        int read = text.IndexOf('\r');
        if (read < 0)
        {
            return text.Length;
        }

        int write = read;
        for (; read < text.Length; read++)
        {
            char c = text[read];
            if (c == '\r')
            {
                c = '\n';
                if (read + 1 < text.Length && text[read + 1] == '\n')
                {
                    read++;
                }
            }

            text[write++] = c;
        }

        return write;
    }

    /// <summary>
    /// Control characters other than tab and line breaks (and the non-characters U+FFFE, U+FFFF) are invalid in
    /// XML, so one of them pasted into a body would break the feeds; they are invisible in an editor, so say where.
    /// </summary>
    private static bool RefuseInvisibleCharacters(string sourcePath, ReadOnlySpan<char> text, IDiagnosticSink sink)
    {
        int index = XmlForbidden.IndexOf(text);
        if (index < 0)
        {
            return true;
        }

        int lineStart = text[..index].LastIndexOf('\n') + 1;
        int line = 1 + text[..index].Count('\n');
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
