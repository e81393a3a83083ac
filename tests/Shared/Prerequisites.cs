using System.Diagnostics.CodeAnalysis;

namespace Annals.Tests;

/// <summary>
/// What to do when a test cannot run here because a tool is missing (Chromium, Java, the npm checkers): skip it
/// with the reason on a developer's machine, fail it in CI (<c>CI=true</c>), where .ci/run installs everything.
/// Shared by the test projects that need such tools (linked into each).
/// </summary>
internal static class Prerequisites
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the test (fails it in CI) when <paramref name="reason"/> is not null.</summary>
    public static void Require(string? reason)
    {
        if (reason is not null)
        {
            Missing(reason);
        }
    }

    /// <summary>Skips the test (fails it in CI): what it needs is missing, for <paramref name="reason"/>.</summary>
    [DoesNotReturn]
    public static void Missing(string reason)
    {
        if (InCi)
        {
            Assert.Fail($"This test must run in CI: {reason}.");
        }

        Assert.Skip(reason);
    }
}
