using System.Buffers;
using Annals.Web.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Annals.Web.Rendering;

/// <summary>
/// <c>include_cached 'name' value...</c>: an include whose output the build renders once for each set of values
/// and copies wherever the same include comes again, as Hugo's <c>partialCached</c>. The values name everything the
/// partial's output depends on (<c>include_cached 'item-summary' entry summary_level</c>); the partial still reads
/// them as the variables it always reads. A partial that also reads something not named (the page it is on) must use
/// <c>include</c>: it would show the first page's value everywhere.
/// </summary>
/// <remarks>
/// Where nothing is cached (outside a site build, an include whose value is kept rather than written, a template's own
/// object passed as a value), it is exactly <c>include</c>.
/// </remarks>
public sealed class CachedInclude(RawInclude include) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => include.ReturnType;

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        if (context is EscapingTemplateContext { Partials: { } partials }
            && context.Output is Utf8ScriptOutput page
            && callerContext is not null
            && RawInclude.WritesStraight(context, callerContext, arguments, out string? name)
            && PartialKey.TryCreate(name, arguments, out PartialKey key))
        {
            if (!partials.TryGet(key, out byte[]? utf8))
            {
                utf8 = Render(context, callerContext, arguments, name);
                partials.Remember(key, utf8);
            }

            page.WriteUtf8(utf8);
            return null;
        }

        return include.Invoke(context, callerContext, arguments, blockStatement);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        include.InvokeAsync(context, callerContext, arguments, blockStatement);

    /// <summary>The partial's output on its own, as the page would have had it.</summary>
    private static byte[] Render(TemplateContext context, ScriptNode callerContext, ScriptArray arguments, string name)
    {
        ArrayBufferWriter<byte> buffer = ThreadBuffers<byte>.Rent();
        try
        {
            var output = new Utf8ScriptOutput(buffer);
            context.PushOutput(output);
            try
            {
                RawInclude.RenderInPlace(context, callerContext, arguments, name);
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
}
