using Annals.Pipeline.Diagnostics;

namespace Annals.Web.Content;

/// <summary>
/// Splits a Markdown content file into front matter and body. The first line must be <c>---</c>
/// (trailing spaces are forgiven: they are invisible in an editor); the front matter ends at the next
/// <c>---</c> or <c>...</c> line. Encoding, line endings and Unicode form are settled first, so a BOM or
/// CRLF file gives exactly what its LF twin gives.
/// </summary>
public static class FrontMatterParser
{
    /// <summary>Returns null (after reporting why) when the file cannot be read as content.</summary>
    public static ParsedFile? Parse(string sourcePath, ReadOnlySpan<byte> bytes, IDiagnosticSink sink)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        ArgumentNullException.ThrowIfNull(sink);
        using SourceChars chars = SourceText.DecodeChars(sourcePath, bytes, sink);
        return chars.IsValid ? Split(sourcePath, chars.Span, sink) : null;
    }

    /// <summary>Like <see cref="Parse(string, ReadOnlySpan{byte}, IDiagnosticSink)"/> for text already decoded.</summary>
    public static ParsedFile? Parse(string sourcePath, string text, IDiagnosticSink sink)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sink);
        return Split(sourcePath, text, sink);
    }

    /// <summary>Only the front matter and the body become strings, not the whole file.</summary>
    private static ParsedFile? Split(string sourcePath, ReadOnlySpan<char> text, IDiagnosticSink sink)
    {
        int firstEnd = LineEnd(text, 0);
        if (!IsDelimiter(text[..firstEnd], allowDots: false))
        {
            string found = text.Trim().IsEmpty ? "the file is empty" : "the first line is not '---'";
            sink.Report(Diagnostic.Error(
                ContentCodes.MissingFrontMatter,
                $"{found}: the file must start with a line '---', then lines like 'title: ...' and 'date: 2024-04-18', then another '---' line before the text",
                new SourceLocation(sourcePath, 1)));
            return null;
        }

        int yamlStart = Math.Min(firstEnd + 1, text.Length);
        int position = yamlStart;
        int line = 2;
        while (position < text.Length)
        {
            int end = LineEnd(text, position);
            if (IsDelimiter(text[position..end], allowDots: true))
            {
                string yaml = text[yamlStart..position].ToString();
                MappingNode? root = YamlTreeBuilder.Build(sourcePath, yaml, lineOffset: 1, sink);
                if (root is null)
                {
                    return null;
                }

                string body = end < text.Length ? text[(end + 1)..].ToString() : string.Empty;
                return new ParsedFile(sourcePath, new FrontMatter(sourcePath, root, 1), body, line + 1);
            }

            position = end + 1;
            line++;
        }

        sink.Report(Diagnostic.Error(
            ContentCodes.UnterminatedFrontMatter,
            "the front matter opened by the '---' on line 1 is never closed: add a line '---' after the last 'key: value' line, before the text",
            new SourceLocation(sourcePath, 1)));
        return null;
    }

    private static int LineEnd(ReadOnlySpan<char> text, int start)
    {
        int newline = text[start..].IndexOf('\n');
        return newline < 0 ? text.Length : start + newline;
    }

    private static bool IsDelimiter(ReadOnlySpan<char> line, bool allowDots)
    {
        ReadOnlySpan<char> trimmed = line.TrimEnd(" \t");
        return trimmed.SequenceEqual("---") || (allowDots && trimmed.SequenceEqual("..."));
    }
}
