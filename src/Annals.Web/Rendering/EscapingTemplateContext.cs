using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Annals.Web.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, unless the value is <see cref="RawHtml"/>.
/// Scriban itself never escapes (its maintainers declined to add it), so this is where the theme's safety lives.
/// Numbers and booleans are written as they are; the result of <c>capture</c> was escaped while it was written,
/// and the output of <c>include</c> is wrapped as <see cref="RawHtml"/> by <see cref="RawInclude"/>, so neither
/// is escaped twice. Templates must therefore never call <c>html.escape</c> themselves.
/// </summary>
/// <remarks>
/// The context is also strict: an unknown variable or member is an error instead of an empty string, so a typo in
/// a template fails the build. One context serves one render on one thread.
/// </remarks>
public sealed class EscapingTemplateContext : TemplateContext
{
    /// <summary>Loops over every item of a large archive must not hit Scriban's default limit of 1000.</summary>
    private const int MaxLoopIterations = 10_000_000;

    /// <summary>
    /// Scriban builds its ~150 builtin functions for every new context; a site renders two contexts per page,
    /// so they are built once and shared. Templates only read them: what a template assigns goes to its own globals.
    /// </summary>
    private static readonly ScriptObject SharedBuiltins = CreateBuiltins();

    /// <summary>
    /// How templates read each view type's members, shared by every context. Scriban keeps this per context and
    /// empties it on <see cref="TemplateContext.Reset"/>, so a pooled context built each accessor again by reflection
    /// for every page: a fifth of the theme's time. Every context here has the same member settings, and an accessor
    /// only reads its type's members once made, so one per type serves them all.
    /// </summary>
    private static readonly ConcurrentDictionary<Type, IObjectAccessor?> SharedAccessors = new();

    public EscapingTemplateContext()
        : base(SharedBuiltins)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        LoopLimit = MaxLoopIterations;

        // Pages are ours and may be large: never truncate a value or a page silently.
        LimitToString = 0;
        OutputLimit = 0;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        NewLine = "\n";

        // Pages are written compact (CompactTemplateText): a partial must not be indented like its include line.
        AutoIndent = false;
    }

    /// <summary>Where <c>include_cached</c> keeps outputs during this render; null outside a site build, where it is <c>include</c>.</summary>
    public RenderedPartials? Partials { get; set; }

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        ArgumentNullException.ThrowIfNull(target);
        Type type = target.GetType();
        if (SharedAccessors.TryGetValue(type, out IObjectAccessor? accessor))
        {
            return accessor;
        }

        accessor = base.GetMemberAccessorImpl(target);
        return SharedAccessors.GetOrAdd(type, accessor);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        // UTF-8 HTML into a UTF-8 page is copied as it is: no string of a whole body or page content is made. Only
        // where Scriban would write the text unchanged: with an indent (never set while AutoIndent is off) it indents
        // each line.
        if (Output is Utf8ScriptOutput page && CurrentIndent is null)
        {
            if (textAsObject is RawHtml raw && raw.TryGetUtf8(out ReadOnlySpan<byte> utf8))
            {
                page.WriteUtf8(utf8);
                GC.KeepAlive(raw);
                return this;
            }

            // Text is escaped as it is encoded, without an escaped copy of each value that has a quote or an ampersand.
            if (textAsObject is string text)
            {
                page.WriteEscaped(text);
                return this;
            }
        }

        return base.Write(span, Encode(textAsObject));
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        base.WriteAsync(span, Encode(textAsObject));

    private static ScriptObject CreateBuiltins()
    {
        ScriptObject builtins = GetDefaultBuiltinObject();
        if (builtins["include"] is IScriptCustomFunction include)
        {
            builtins.SetValue("include", new RawInclude(include), true);
            builtins.SetValue("include_cached", new RawInclude(include, cached: true), true);
        }

        return builtins;
    }

    private object? Encode(object? value) => value switch
    {
        null => null,
        RawHtml raw => raw.Html,
        IScriptOutput => value,
        string text => HtmlText.Escape(text),
        bool or int or long or double or decimal or float or short or byte or sbyte or uint or ulong or ushort => value,
        _ => HtmlText.Escape(ObjectToString(value, false) ?? string.Empty),
    };
}
