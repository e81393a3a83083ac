using System.Reflection;
using Scriban.Runtime;

namespace Annals.Web.Rendering;

/// <summary>
/// Makes the globals of a render from a <see cref="PageModel"/>: each public property becomes a global in snake_case
/// (<c>Site</c> -> <c>site</c>), and so do the members of the objects reached through them (<c>item.date_display</c>),
/// by Scriban's standard renamer. The result is Scriban's <c>Import</c> of the model; the properties and their names
/// are found once, where <c>Import</c> looked them and their attributes up for every page.
/// </summary>
internal static class PageGlobals
{
    private static readonly (string Name, PropertyInfo Property)[] Members = Reflect();

    public static ScriptObject Of(PageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var globals = new ScriptObject(Members.Length);
        foreach ((string name, PropertyInfo property) in Members)
        {
            globals.SetValue(name, property.GetValue(model), readOnly: false);
        }

        globals.IsReadOnly = true;
        return globals;
    }

    /// <summary>The properties <c>Import</c> takes: public, readable, not indexed, not marked to be ignored.</summary>
    private static (string Name, PropertyInfo Property)[] Reflect() =>
    [
        .. typeof(PageModel).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null)
            .Select(p => (NameOf(p), p)),
    ];

    private static string NameOf(PropertyInfo property) =>
        StandardMemberRenamer.Default(property) is { Length: > 0 } renamed ? renamed : property.Name;
}
