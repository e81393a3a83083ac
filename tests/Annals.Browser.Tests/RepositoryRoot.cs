namespace Annals.Browser.Tests;

/// <summary>Finds the repository (the folder with Site.sln), to build test sites with the real theme.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        string? folder = AppContext.BaseDirectory;
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder, "Site.sln")))
        {
            folder = System.IO.Path.GetDirectoryName(folder);
        }

        return folder ?? throw new InvalidOperationException("Site.sln not found above " + AppContext.BaseDirectory);
    }
}
