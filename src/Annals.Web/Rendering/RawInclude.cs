using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Annals.Web.Rendering;

/// <summary>
/// Wraps Scriban's <c>include</c> so that a partial's output counts as <see cref="RawHtml"/>: the partial escaped
/// its own values while it rendered, and escaping its result again would show <c>&amp;lt;</c> on the page.
/// </summary>
public sealed class RawInclude(IScriptCustomFunction inner) : IScriptCustomFunction
{
    public int RequiredParameterCount => inner.RequiredParameterCount;

    public int ParameterCount => inner.ParameterCount;

    public ScriptVarParamKind VarParamKind => inner.VarParamKind;

    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(inner.Invoke(context, callerContext, arguments, blockStatement));

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(await inner.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false));

    private static RawHtml Wrap(object? output) => output switch
    {
        null => RawHtml.Empty,
        RawHtml raw => raw,
        _ => new RawHtml(output.ToString() ?? string.Empty),
    };
}
