using Annals.Pipeline.Diagnostics;
using Annals.Web.Rendering;

namespace Annals.Web.Building;

/// <summary>
/// Compiles the theme once per session and again only when a layout or partial changed (by content), so a content
/// edit never pays for template compilation. It also gives each layout a fingerprint (its file, the base layout and
/// the partials), so that a changed layout re-renders only the pages drawn with it.
/// </summary>
public sealed class ThemeCache
{
    private readonly MemoTable<string, UInt128, Theme> _themes = new(StringComparer.Ordinal);
    private volatile Dictionary<string, UInt128> _layouts = new(StringComparer.Ordinal);

    public int Compilations => _themes.Misses;

    public Theme Load(string themeDirectory, string displayRoot, IDiagnosticSink sink)
    {
        ArgumentNullException.ThrowIfNull(themeDirectory);
        string root = Path.GetFullPath(themeDirectory);
        string[] templates = LayoutFingerprints.Templates(root);

        // The names count too: a renamed layout is a different theme even with the same bytes.
        UInt128 input = SourceCache.HashOfFiles(templates, string.Join('\n', templates));
        _layouts = LayoutFingerprints.Of(root, templates);
        return _themes.GetOrCompute(root, input, sink, recorder => Theme.Load(root, displayRoot, recorder));
    }

    /// <summary>What the pages of a layout look like depends on: that layout, the base layout and every partial.</summary>
    public UInt128 FingerprintOf(string layout) =>
        _layouts.TryGetValue(layout, out UInt128 fingerprint) ? fingerprint : UInt128.MaxValue;

    public void Sweep(bool dropUnused = true) => _themes.Sweep(dropUnused);
}
