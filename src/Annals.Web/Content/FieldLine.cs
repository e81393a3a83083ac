namespace Annals.Web.Content;

/// <summary>Where a front-matter key, or one entry of the list under it, is written.</summary>
/// <param name="Key">The key as written.</param>
/// <param name="Index">The list entry's position (from 0), or <see cref="KeyItself"/> for the key.</param>
/// <param name="Line">The 1-based file line.</param>
public readonly record struct FieldLine(string Key, int Index, int Line)
{
    public const int KeyItself = -1;
}
