using Annals.Pipeline.Diagnostics;
using Annals.Web.Building;
using Annals.Web.Pipelines;
using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Images;

/// <summary>A <see cref="TestSite"/> built with a <see cref="CountingCodec"/>, with helpers to read the resized files.</summary>
internal sealed class ImageSite : IDisposable
{
    public TestSite Site { get; } = new();

    public CountingCodec Codec { get; } = new();

    public BuildReport? Report { get; private set; }

    public string CacheFolder => Path.Combine(Site.Root, ".annals-cache", "images");

    public IReadOnlyList<string> Errors =>
        Report?.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList() ?? [];

    /// <summary>The names of the files under output/_img, sorted.</summary>
    public IReadOnlyList<string> Variants =>
        Directory.Exists(Path.Combine(Site.Output, "_img"))
            ? [.. Directory.EnumerateFiles(Path.Combine(Site.Output, "_img")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]
            : [];

    public ImageSite AddImage(string path, byte[] bytes)
    {
        Site.AddBytes(path, bytes);
        return this;
    }

    public async Task<BuildReport> BuildAsync()
    {
        Codec.Reset();
        var builder = new SiteBuilder { PipelineFactory = (options, root) => SitePipelines.Create(options, root, null, Codec) };
        Report = await builder.BuildAsync(BuildOptions.ForSite(Site.Root), TestContext.Current.CancellationToken);
        return Report;
    }

    public async Task BuildSucceedsAsync()
    {
        BuildReport report = await BuildAsync();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
    }

    public (int Width, int Height, string Loader) Measure(string variant) =>
        TestImages.Measure(File.ReadAllBytes(Path.Combine(Site.Output, "_img", variant)));

    public void Dispose() => Site.Dispose();
}
