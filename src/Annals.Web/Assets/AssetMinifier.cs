using System.Collections.Concurrent;
using NUglify;
using NUglify.JavaScript;

namespace Annals.Web.Assets;

/// <summary>
/// Minifies the theme's stylesheets and scripts with NUglify as they are published, so <c>theme/assets/</c> stays
/// readable (comments, indentation, long names) while readers download the small form. Scripts are read as ES
/// modules: exported names are kept, local names are shortened.
/// </summary>
public static class AssetMinifier
{
    // `annals serve` republishes the theme on every rebuild: the result for an unchanged file is kept (one per path).
    private static readonly ConcurrentDictionary<string, (string Source, MinifiedAsset Result)> LastResults = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="path"/> is a stylesheet or a script this minifies.</summary>
    public static bool Handles(string path) =>
        path.EndsWith(".css", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".js", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".mjs", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The minified text of <paramref name="source"/>, or, when NUglify cannot read it, the source as written and the
    /// first problem (so the site still works, and the author is told why the file was not made smaller).
    /// </summary>
    public static MinifiedAsset Minify(string path, string source)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(source);
        if (LastResults.TryGetValue(path, out var last) && string.Equals(last.Source, source, StringComparison.Ordinal))
        {
            return last.Result;
        }

        UglifyResult result = path.EndsWith(".css", StringComparison.OrdinalIgnoreCase)
            ? Uglify.Css(source, path)
            : Uglify.Js(source, path, ScriptSettings());
        UglifyError? error = result.Errors.FirstOrDefault(e => e.IsError);
        MinifiedAsset minified = error is null && result.Code is not null
            ? new MinifiedAsset(result.Code, null, 0, 0)
            : new MinifiedAsset(source, error?.Message ?? "the minifier returned nothing", error?.StartLine ?? 0, error?.StartColumn ?? 0);
        LastResults[path] = (source, minified);
        return minified;
    }

    /// <remarks>
    /// NUglify 1.23.6 drops a module's top-level <c>async function</c> that is only called from a condition (search.js's
    /// <c>main</c>) as unneeded code while still renaming the call: code is never dropped, only shortened.
    /// </remarks>
    private static CodeSettings ScriptSettings() => new()
    {
        ScriptVersion = ScriptVersion.EcmaScript6,
        SourceMode = JavaScriptSourceMode.Module,
        RemoveUnneededCode = false,
    };
}
