namespace Annals.Web.Cms.Local;

/// <summary>
/// Finds a copy of Decap's script on this computer for <c>annals serve --cms</c>, so the editor works without the
/// CDN: the path given (the script, its <c>dist</c> folder, or a <c>node_modules</c> folder), else
/// <c>node_modules/decap-cms/dist</c> in the site folder.
/// </summary>
public static class LocalDecap
{
    /// <summary>The <c>dist</c> folder that holds <c>decap-cms.js</c>, or null when there is none.</summary>
    public static string? FindDist(string? given, string siteRoot)
    {
        ArgumentNullException.ThrowIfNull(siteRoot);
        string[] candidates = given is null
            ? [Path.Combine(siteRoot, "node_modules", "decap-cms", "dist")]
            : [given, Path.Combine(given, "dist"), Path.Combine(given, "decap-cms", "dist"), Path.Combine(given, "node_modules", "decap-cms", "dist")];
        foreach (string candidate in candidates)
        {
            string full = Path.GetFullPath(candidate);
            if (File.Exists(full) && string.Equals(Path.GetFileName(full), DecapBundle.FileName, StringComparison.Ordinal))
            {
                return Path.GetDirectoryName(full);
            }

            if (File.Exists(Path.Combine(full, DecapBundle.FileName)))
            {
                return full;
            }
        }

        return null;
    }

    /// <summary>True when the script in <paramref name="distFolder"/> is the pinned version (the same bytes the CDN serves).</summary>
    public static bool IsPinnedVersion(string distFolder) =>
        string.Equals(DecapBundle.IntegrityOf(File.ReadAllBytes(Path.Combine(distFolder, DecapBundle.FileName))), DecapBundle.Integrity, StringComparison.Ordinal);

    /// <summary>The local editor of a preview served at <paramref name="server"/>.</summary>
    public static LocalEditor EditorFor(Uri server, string? distFolder)
    {
        ArgumentNullException.ThrowIfNull(server);
        return new LocalEditor(
            new Uri(server, LocalEditor.ApiPath),
            distFolder is null ? null : LocalEditor.ScriptFolder + DecapBundle.FileName);
    }
}
