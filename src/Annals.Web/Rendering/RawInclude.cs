using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Annals.Web.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Annals.Web.Rendering;

/// <summary>
/// Wraps Scriban's <c>include</c> so that a partial's output counts as <see cref="RawHtml"/>: the partial escaped
/// its own values while it rendered, and escaping its result again would show <c>&amp;lt;</c> on the page. The same
/// function made with <c>cached</c> is <c>include_cached 'name' value...</c>, as Hugo's <c>partialCached</c>:
/// the build renders the partial once for each set of values and copies its output wherever the same include comes
/// again. The values name everything the output depends on (<c>include_cached 'item-summary' entry summary_level</c>);
/// the partial still reads them as the variables it always reads. A partial that also reads something not named (the
/// page it is on) must use <c>include</c>: it would show the first page's value everywhere.
/// </summary>
/// <remarks>
/// An include that stands alone as a statement (<c>{{ include 'pager' }}</c>, every include of the theme) writes the
/// partial straight into the page: Scriban renders a partial into a string of its own first, and those strings and
/// their builders were a sixth of all a build allocated. An include whose value is used (<c>x = include 'y'</c>, a
/// pipe, named arguments) or an indented one gets Scriban's own behaviour, a cached one too; a cached include outside
/// a site build, or with a template's own object as a value, is rendered in place as <c>include</c> is.
/// </remarks>
/// <param name="inner">Scriban's <c>include</c>.</param>
/// <param name="cached">Whether this is <c>include_cached</c>.</param>
public sealed class RawInclude(IScriptCustomFunction inner, bool cached = false) : IScriptCustomFunction
{
    public int RequiredParameterCount => inner.RequiredParameterCount;

    public int ParameterCount => inner.ParameterCount;

    public ScriptVarParamKind VarParamKind => inner.VarParamKind;

    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        if (callerContext is null || !WritesStraight(context, callerContext, arguments, out string? name))
        {
            return Wrap(inner.Invoke(context, callerContext, arguments, blockStatement));
        }

        if (cached
            && context is EscapingTemplateContext { Partials: { } partials }
            && context.Output is Utf8ScriptOutput page
            && PartialKey.TryCreate(name, arguments, out PartialKey key))
        {
            if (!partials.TryGet(key, out byte[]? utf8))
            {
                utf8 = RenderApart(context, callerContext, arguments, name);
                partials.Remember(key, utf8);
            }

            page.WriteUtf8(utf8);
        }
        else
        {
            RenderInPlace(context, callerContext, arguments, name);
        }

        return null;
    }

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(await inner.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false));

    /// <summary>
    /// Whether the include's value would only be written where the include stands: then writing the partial there
    /// directly is the same text. A name that is not plain text is left to Scriban, which reports it.
    /// </summary>
    private static bool WritesStraight(TemplateContext context, ScriptNode callerContext, ScriptArray arguments, [NotNullWhen(true)] out string? name)
    {
        name = arguments.Count > 0 ? arguments[0] as string : null;
        return callerContext is ScriptFunctionCall { Parent: ScriptExpressionStatement } call
            && !call.Arguments.Any(argument => argument is ScriptNamedArgument)
            && context.CurrentIndent is null
            && !string.IsNullOrEmpty(name);
    }

    /// <summary>The partial's output on its own, as the page would have had it, to be kept for the next includes.</summary>
    private static byte[] RenderApart(TemplateContext context, ScriptNode callerContext, ScriptArray arguments, string name)
    {
        PooledBufferWriter<byte> buffer = ThreadBuffers<byte>.Rent();
        try
        {
            var output = new Utf8ScriptOutput(buffer);
            context.PushOutput(output);
            try
            {
                RenderInPlace(context, callerContext, arguments, name);
            }
            finally
            {
                context.PopOutput();
            }

            output.Flush();
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            ThreadBuffers<byte>.Return(buffer);
        }
    }

    /// <summary>What Scriban's <c>RenderTemplate</c> does for an include, minus the output of its own.</summary>
    private static void RenderInPlace(TemplateContext context, ScriptNode callerContext, ScriptArray arguments, string name)
    {
        // As Scriban's include: a loader that knows no path for the name includes nothing, nor does an empty partial.
        if (context.GetTemplatePathFromName(name, callerContext) is not { } path
            || context.GetOrCreateTemplate(path, callerContext) is not { Page: { } page } partial)
        {
            return;
        }

        context.EnterRecursive(callerContext);
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            if (partial.SourceFilePath is { } file)
            {
                context.PushSourceFile(file);
            }

            try
            {
                context.UseScientific = partial.LexerOptions.Lang == ScriptLang.Scientific;
                object? value = context.Evaluate(page);
                if (value is not null && context.EnableOutput)
                {
                    context.Write(page.Span, value);
                }
            }
            finally
            {
                if (partial.SourceFilePath is not null)
                {
                    context.PopSourceFile();
                }
            }
        }
        finally
        {
            context.PopLocal();
            context.ExitRecursive(callerContext);
        }
    }

    private static RawHtml Wrap(object? output) => output switch
    {
        null => RawHtml.Empty,
        RawHtml raw => raw,
        _ => new RawHtml(output.ToString() ?? string.Empty),
    };
}
