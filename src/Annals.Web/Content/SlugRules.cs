namespace Annals.Web.Content;

/// <summary>
/// What a slug or id may look like, because it becomes a folder of the output: lower-case ASCII letters
/// and digits in words joined by single hyphens, at most 80 characters. Nothing else (no '/', '..',
/// spaces, capitals, dots) can then escape its folder or differ between file systems.
/// </summary>
public static class SlugRules
{
    public const int MaxLength = 80;

    /// <summary>Names Windows refuses for a file or folder; a slug must not produce one.</summary>
    private static readonly HashSet<string> DeviceNames = new(StringComparer.Ordinal)
    {
        "con", "prn", "aux", "nul",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    /// <summary>True for <c>^[a-z0-9]+(-[a-z0-9]+)*$</c> of at most 80 characters that is not a Windows device name.</summary>
    public static bool IsSlug(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength || value[0] == '-' || value[^1] == '-')
        {
            return false;
        }

        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            bool ok = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && value[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return !IsDeviceName(value);
    }

    internal static bool IsDeviceName(string value) => DeviceNames.Contains(value);
}
