namespace Annals.Cli;

/// <summary>What the process exit code means, so scripts and CI can tell content problems from usage mistakes.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The content has errors (or warnings with --strict); nothing was published.</summary>
    public const int ContentErrors = 1;

    /// <summary>The command line itself was wrong: unknown option, missing argument, missing folder.</summary>
    public const int BadUsage = 2;
}
