namespace Annals.Web.Building;

/// <summary>
/// What the pages of each layout depend on in the theme: that layout's file, the base layout and every partial,
/// hashed by content. A changed partial changes every layout's fingerprint; a changed layout only its own.
/// </summary>
internal static class LayoutFingerprints
{
    private static readonly string[] TemplateFolders = ["layouts", "partials"];

    /// <summary>The theme's template files, in a fixed order.</summary>
    public static string[] Templates(string themeRoot) =>
    [
        .. TemplateFolders
            .Select(folder => Path.Combine(themeRoot, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.sbn"))
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Each layout's fingerprint, by layout name.</summary>
    public static Dictionary<string, UInt128> Of(string themeRoot, string[] templates)
    {
        string layoutsFolder = Path.Combine(themeRoot, "layouts") + Path.DirectorySeparatorChar;
        var hashes = templates.ToDictionary(t => t, t => SourceCache.HashOfFiles([t], t), StringComparer.Ordinal);
        UInt128[] shared = [.. templates.Where(t => !t.StartsWith(layoutsFolder, StringComparison.Ordinal)).Select(t => hashes[t])];
        UInt128 frame = hashes.GetValueOrDefault(Path.Combine(themeRoot, "layouts", Rendering.Theme.BaseLayout + ".sbn"));
        return templates
            .Where(t => t.StartsWith(layoutsFolder, StringComparison.Ordinal))
            .ToDictionary(t => Path.GetFileNameWithoutExtension(t), t => ContentHash.Combine([hashes[t], frame, .. shared]), StringComparer.Ordinal);
    }
}
