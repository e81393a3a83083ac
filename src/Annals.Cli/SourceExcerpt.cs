namespace Annals.Cli;

/// <summary>
/// Reads the line a diagnostic points at, so it can be shown with a caret under the column. Files are read once
/// per report; a file that cannot be read (or a line past its end) simply shows no excerpt.
/// </summary>
internal sealed class SourceExcerpt(string displayRoot)
{
    private const int MaxShownLength = 160;

    private readonly Dictionary<string, string[]?> _files = new(StringComparer.Ordinal);

    /// <summary>The line as shown (tabs as spaces, cut when very long) and the caret's offset in it, or null.</summary>
    public (string Text, int Caret)? Line(string path, int line, int column)
    {
        if (line <= 0)
        {
            return null;
        }

        if (!_files.TryGetValue(path, out string[]? lines))
        {
            lines = Read(Path.Combine(displayRoot, path));
            _files[path] = lines;
        }

        if (lines is null || line > lines.Length)
        {
            return null;
        }

        string text = lines[line - 1].TrimStart('\uFEFF').Replace('\t', ' ');
        int caret = Math.Clamp(column - 1, -1, text.Length);
        if (text.Length > MaxShownLength)
        {
            int start = caret > MaxShownLength - 20 ? caret - (MaxShownLength / 2) : 0;
            text = string.Concat(start > 0 ? "…" : string.Empty, text.AsSpan(start, Math.Min(MaxShownLength, text.Length - start)), "…");
            caret = caret < 0 ? -1 : caret - start + (start > 0 ? 1 : 0);
        }

        return (text.TrimEnd('\r'), caret);
    }

    private static string[]? Read(string fullPath)
    {
        try
        {
            return File.Exists(fullPath) ? File.ReadAllLines(fullPath) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
