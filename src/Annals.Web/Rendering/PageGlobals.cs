using Scriban.Runtime;

namespace Annals.Web.Rendering;

/// <summary>
/// Makes the globals of a render from a <see cref="PageModel"/>: each public property becomes a read-only global in
/// snake_case (<c>Site</c> -> <c>site</c>), and so do the members of the objects reached through them
/// (<c>item.date_display</c>), by Scriban's standard renamer.
/// </summary>
internal static class PageGlobals
{
    public static ScriptObject Of(PageModel model)
    {
        var globals = new ScriptObject();
        globals.Import(model, ScriptMemberImportFlags.Property, filter: null, renamer: StandardMemberRenamer.Default);
        globals.IsReadOnly = true;
        return globals;
    }
}
