using System.Buffers;
using System.Collections.Frozen;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Annals.Web.Rendering;

/// <summary>
/// Resolves <c>include 'name'</c> to <c>partials/name.sbn</c> of the theme and nothing else: a name is a plain file
/// name (letters, digits, <c>-</c>, <c>_</c>), so <c>..</c>, absolute paths and folders are refused. Every partial
/// was compiled when the theme was loaded and is handed to each render's context up front (<see cref="Prepare"/>),
/// so nothing is read from disk or parsed while pages render.
/// </summary>
internal sealed class PartialLoader : ITemplateLoader
{
    private static readonly SearchValues<char> NameCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");

    private readonly string _displayFolder;
    private readonly FrozenDictionary<string, Template> _byKey;

    /// <summary>Each partial's key by its name: an include is resolved on every page, without making its key again.</summary>
    private readonly FrozenDictionary<string, string> _keyByName;

    /// <param name="displayFolder">The partials folder as people read it, e.g. <c>theme/partials</c>.</param>
    /// <param name="byName">The compiled partials by name (file name without <c>.sbn</c>).</param>
    public PartialLoader(string displayFolder, IReadOnlyDictionary<string, Template> byName)
    {
        _displayFolder = displayFolder;
        _byKey = byName.ToFrozenDictionary(p => KeyOf(p.Key), p => p.Value, StringComparer.Ordinal);
        _keyByName = byName.Keys.Where(IsPlainName).ToFrozenDictionary(name => name, KeyOf, StringComparer.Ordinal);
    }

    /// <summary>Makes the compiled partials available to <c>include</c> in a render's context.</summary>
    public void Prepare(TemplateContext context)
    {
        context.TemplateLoader = this;
        foreach (KeyValuePair<string, Template> partial in _byKey)
        {
            context.CachedTemplates[partial.Key] = partial.Value;
        }
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (_keyByName.TryGetValue(templateName, out string? known))
        {
            return known;
        }

        if (!IsPlainName(templateName))
        {
            throw new ScriptRuntimeException(
                callerSpan,
                $"include '{templateName}' is refused: name a partial by its file name in {_displayFolder}/, without '.sbn', folders or '..' (e.g. include 'pager')");
        }

        // Every partial that compiled under a plain name was found above.
        throw new ScriptRuntimeException(callerSpan, $"include '{templateName}': there is no partial {KeyOf(templateName)}, or it did not compile");
    }

    /// <summary>Never reached: <see cref="GetPath"/> only returns keys that <see cref="Prepare"/> cached.</summary>
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"the partial {templatePath} was not compiled with the theme");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    public static bool IsPlainName(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= 100 && name.AsSpan().IndexOfAnyExcept(NameCharacters) < 0;

    /// <summary>The key a partial is cached under: its path as people read it, e.g. <c>theme/partials/pager.sbn</c>.</summary>
    private string KeyOf(string name) => $"{_displayFolder}/{name}.sbn";
}
