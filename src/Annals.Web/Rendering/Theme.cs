using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using Annals.Pipeline.Diagnostics;
using Annals.Web.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Annals.Web.Rendering;

/// <summary>
/// The site's Scriban theme: <c>layouts/*.sbn</c> draw pages, <c>partials/*.sbn</c> are included by them, and
/// <c>layouts/base.sbn</c> wraps every page. Templates are compiled once, when the theme is loaded, and shared
/// by every thread; each render runs in an <see cref="EscapingTemplateContext"/> of its own at that moment, so
/// values are HTML-escaped unless they are <see cref="RawHtml"/>.
/// </summary>
/// <remarks>
/// Contexts are kept and reset between renders rather than created per render: a context caches how to read each
/// .NET type (reflection over its properties), and at 10,000 pages rebuilding that cache twice per page cost more
/// than the templates themselves. Each thread keeps its own: a shared pool's lock was where page rendering waited
/// most.
/// </remarks>
public sealed class Theme
{
    public const string BaseLayout = "base";

    private readonly FrozenDictionary<string, Template> _layouts;
    private readonly PartialLoader _partials;
    private readonly string _layoutsDisplayPath;

    /// <summary>The context this thread renders with when it is not rendering; null while a render uses it.</summary>
    [ThreadStatic]
    private static EscapingTemplateContext? t_idleContext;

    private Theme(FrozenDictionary<string, Template> layouts, FrozenDictionary<string, Template> partials, string themeDisplayPath)
    {
        _layouts = layouts;
        _layoutsDisplayPath = $"{themeDisplayPath}/layouts";
        _partials = new PartialLoader($"{themeDisplayPath}/partials", partials);
    }

    /// <summary>The names of the layouts that compiled, e.g. <c>base</c>, <c>post</c>, <c>home</c>.</summary>
    public IEnumerable<string> Layouts => _layouts.Keys.Order(StringComparer.Ordinal);

    /// <summary>
    /// Compiles the theme in <paramref name="themeDirectory"/>. Problems are reported to <paramref name="sink"/> with
    /// paths relative to <paramref name="displayRoot"/> (<c>theme/layouts/post.sbn:12:9</c>); a template with a syntax
    /// error is left out, so rendering with it fails, but the other templates still work.
    /// </summary>
    public static Theme Load(string themeDirectory, string displayRoot, IDiagnosticSink sink)
    {
        ArgumentNullException.ThrowIfNull(themeDirectory);
        ArgumentNullException.ThrowIfNull(displayRoot);
        ArgumentNullException.ThrowIfNull(sink);
        string root = Path.GetFullPath(themeDirectory);
        string display = DisplayPath(displayRoot, root);
        if (!Directory.Exists(root))
        {
            sink.Report(Diagnostic.Error(ThemeCodes.ThemeMissing, "the theme folder does not exist", new SourceLocation(display)));
            return new Theme(FrozenDictionary<string, Template>.Empty, FrozenDictionary<string, Template>.Empty, display);
        }

        var (layouts, failedLayouts) = TemplateCompiler.CompileFolder(Path.Combine(root, "layouts"), $"{display}/layouts", sink);
        var (partials, _) = TemplateCompiler.CompileFolder(Path.Combine(root, "partials"), $"{display}/partials", sink);
        if (!layouts.ContainsKey(BaseLayout) && !failedLayouts.Contains(BaseLayout))
        {
            sink.Report(Diagnostic.Error(
                ThemeCodes.ThemeMissing,
                "the theme has no base layout: every page is rendered inside it",
                new SourceLocation($"{display}/layouts/{BaseLayout}.sbn")));
        }

        return new Theme(layouts, partials, display);
    }

    public bool HasLayout(string name) => _layouts.ContainsKey(name);

    /// <summary>
    /// Renders <c>layouts/{layout}.sbn</c> with the model's properties as globals (<c>site</c>, <c>page</c>, <c>item</c>,
    /// ...), then <c>layouts/base.sbn</c> with the same globals plus <c>content</c>, the page's HTML. Thread-safe.
    /// </summary>
    /// <exception cref="TemplateRenderException">A template failed; the message names its file and line.</exception>
    public string RenderPage(string layout, PageModel model)
    {
        var html = new ArrayBufferWriter<byte>();
        RenderPage(layout, model, html);
        return Encoding.UTF8.GetString(html.WrittenSpan);
    }

    /// <summary>Renders a page as <see cref="RenderPage(string, PageModel)"/> does, as UTF-8 into <paramref name="utf8"/>.</summary>
    /// <param name="layout">The layout's name.</param>
    /// <param name="model">The page's view model.</param>
    /// <param name="utf8">Where the page is written.</param>
    /// <param name="partials">The outputs of <c>include_cached</c> in this build, shared by its pages; null to render every include.</param>
    /// <exception cref="TemplateRenderException">A template failed; the message names its file and line.</exception>
    public void RenderPage(string layout, PageModel model, IBufferWriter<byte> utf8, RenderedPartials? partials = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(utf8);
        Template page = Layout(layout);
        Template frame = Layout(BaseLayout);
        ScriptObject globals = PageGlobals.Of(model);
        EscapingTemplateContext context = RentContext();
        PooledBufferWriter<byte> content = ThreadBuffers<byte>.Rent();
        context.Partials = partials;
        try
        {
            // The layout is rendered as UTF-8 too, and the base layout copies those bytes: no string of the content.
            var inner = new Utf8ScriptOutput(content);
            Render(context, page, globals, extra: null, inner);
            inner.Flush();
            var extra = new ScriptObject { ["content"] = RawHtml.FromUtf8(content.WrittenMemory) };
            extra.IsReadOnly = true;
            var output = new Utf8ScriptOutput(utf8);
            Render(context, frame, globals, extra, output);
            output.Flush();
        }
        finally
        {
            context.Partials = null;
            t_idleContext = context;
            ThreadBuffers<byte>.Return(content);
        }
    }

    /// <summary>The thread's context; a new one if it is in use (a render within a render) or the thread has none yet.</summary>
    private static EscapingTemplateContext RentContext()
    {
        EscapingTemplateContext? context = t_idleContext;
        t_idleContext = null;
        return context ?? new EscapingTemplateContext();
    }

    private Template Layout(string name) => _layouts.TryGetValue(name, out Template? template)
        ? template
        : throw new TemplateRenderException(
            $"{_layoutsDisplayPath}/{name}.sbn",
            0,
            0,
            $"the theme has no layout '{name}', or it did not compile",
            null);

    /// <param name="context">The thread's context.</param>
    /// <param name="template">The template to render.</param>
    /// <param name="globals">The page's globals.</param>
    /// <param name="extra">More globals (the base layout's <c>content</c>), or null.</param>
    /// <param name="output">Where the template writes.</param>
    private void Render(EscapingTemplateContext context, Template template, ScriptObject globals, ScriptObject? extra, IScriptOutput output)
    {
        // Drops whatever the previous render (or its failure) left: globals, outputs, loop and source-file state,
        // and the cached partials too, so they are handed over again (a few dictionary entries).
        context.Reset();
        _partials.Prepare(context);
        context.PushOutput(output);

        context.PushGlobal(globals);
        if (extra is not null)
        {
            context.PushGlobal(extra);
        }

        // What a template assigns stays in this render and cannot overwrite the model.
        context.PushGlobal(new ScriptObject());
        try
        {
            // What Render returns is the output's ToString(), not the text: the text is in the output.
            template.Render(context);
        }
        catch (ScriptRuntimeException exception)
        {
            throw new TemplateRenderException(
                exception.Span.FileName ?? template.SourceFilePath ?? _layoutsDisplayPath,
                exception.Span.Start.Line + 1,
                exception.Span.Start.Column + 1,
                exception.OriginalMessage,
                exception);
        }
        catch (Exception exception) when (exception is not TemplateRenderException and not OutOfMemoryException)
        {
            throw new TemplateRenderException(template.SourceFilePath ?? _layoutsDisplayPath, 0, 0, exception.Message, exception);
        }
    }

    private static string DisplayPath(string displayRoot, string fullPath)
    {
        string relative = Path.GetRelativePath(Path.GetFullPath(displayRoot), fullPath);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            relative = fullPath;
        }

        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
