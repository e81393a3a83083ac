using Annals.Web.Building;
using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Hardening;

/// <summary>
/// A small good site that has been built once; a test then adds one defect, builds again and checks the
/// verdict, the exact place reported and that the previous <c>output/</c> is still there byte for byte.
/// </summary>
internal sealed class GuardedSite : IDisposable
{
    private OutputTree? _goodOutput;

    private GuardedSite()
    {
        Site = new TestSite();
        Site.AddPost("input/posts/2024/2024-03-01-good.md", "Good item", "2024-03-01", "event: forum-2024\ntopics: [OSCE]\n", "A good body.");
        Site.Add("input/events/forum-2024.md", "---\nname: Forum 2024\norganizer: OSCE\nstart: 2024-02-28\n---\nThe forum.\n");
    }

    public TestSite Site { get; }

    /// <summary>Builds the good site; the test then adds its defect with <see cref="Add"/>.</summary>
    public static async Task<GuardedSite> CreateAsync()
    {
        var guarded = new GuardedSite();
        BuildReport report = await guarded.Site.BuildAsync();
        Assert.True(report.Succeeded, string.Join("\n", guarded.Site.Messages));
        guarded._goodOutput = OutputTree.Read(guarded.Site.Output);
        return guarded;
    }

    public GuardedSite Add(string path, string text)
    {
        Site.Add(path, text);
        return this;
    }

    public GuardedSite AddBytes(string path, byte[] bytes)
    {
        Site.AddBytes(path, bytes);
        return this;
    }

    public Task<BuildReport> BuildAsync(Func<BuildOptions, BuildOptions>? configure = null) => Site.BuildAsync(configure);

    /// <summary>
    /// Builds and asserts that it failed with an error <paramref name="code"/> printed exactly at
    /// <paramref name="location"/> (<c>path:line</c>, optionally <c>:column</c>), and that the old output is intact.
    /// </summary>
    public async Task<string> AssertRejectedAtAsync(string location, string code)
    {
        BuildReport report = await Site.BuildAsync();
        Assert.False(report.Succeeded, "the build should have failed:\n" + string.Join("\n", Site.Messages));
        string? match = Site.Errors.FirstOrDefault(e => IsAt(e, location) && e.Contains($" error {code}: ", StringComparison.Ordinal));
        Assert.True(match is not null, $"expected 'error {code}' at {location}; got:\n{string.Join("\n", Site.Messages)}");
        AssertNoInternalErrors();
        AssertOutputIntact();
        return match;
    }

    /// <summary>
    /// Builds and asserts success, optionally with a warning <paramref name="warningCode"/> at <paramref name="warningLocation"/>;
    /// the new output is then the one later failed builds must leave intact.
    /// </summary>
    public async Task AssertBuiltAsync(string? warningLocation = null, string? warningCode = null)
    {
        BuildReport report = await Site.BuildAsync();
        Assert.True(report.Succeeded, string.Join("\n", Site.Messages));
        AssertNoInternalErrors();
        if (warningLocation is not null)
        {
            Assert.Contains(Site.Messages, m => IsAt(m, warningLocation) && m.Contains($" warning {warningCode}: ", StringComparison.Ordinal));
        }

        _goodOutput = OutputTree.Read(Site.Output);
    }

    public void AssertOutputIntact() =>
        OutputTree.AssertIdentical(_goodOutput!, OutputTree.Read(Site.Output), "the previous output after a failed build");

    public void AssertNoInternalErrors() =>
        Assert.DoesNotContain(Site.Messages, m => m.Contains("AN0001", StringComparison.Ordinal));

    /// <summary>
    /// True when <paramref name="message"/> is printed at exactly <paramref name="location"/>: the location is complete
    /// (<c>path:4: error ...</c>), or it names a line and only the column follows (<c>path:4:7: error ...</c>).
    /// </summary>
    private static bool IsAt(string message, string location)
    {
        if (!message.StartsWith(location + ":", StringComparison.Ordinal))
        {
            return false;
        }

        ReadOnlySpan<char> rest = message.AsSpan(location.Length + 1);
        int end = rest.IndexOf(": ", StringComparison.Ordinal);
        bool onlyColumnFollows = location.Count(c => c == ':') == 1 && end > 0 && !rest[..end].ContainsAnyExceptInRange('0', '9');
        return rest.StartsWith(" ", StringComparison.Ordinal) || onlyColumnFollows;
    }

    public void Dispose() => Site.Dispose();
}
