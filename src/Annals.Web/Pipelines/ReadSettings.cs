using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Building;
using Annals.Web.Content;

namespace Annals.Web.Pipelines;

/// <summary>Reads site.yml, topics.yml and series.yml into one settings document.</summary>
/// <param name="options">Where the files are.</param>
/// <param name="caches">
/// In a preview session, gives back the same settings document while the three files are unchanged, so that
/// everything keyed on the settings (rendered bodies, pages) can be reused; null in a normal build.
/// </param>
public sealed class ReadSettings(BuildOptions options, BuildCaches? caches = null) : IModule
{
    public const string MissingSiteFileCode = ContentCodes.MissingSiteFile;

    private static readonly string[] SettingsFiles = ["site.yml", "topics.yml", "series.yml"];

    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (caches is null)
        {
            return await ReadAsync(context.Diagnostics, context.CancellationToken).ConfigureAwait(false);
        }

        string[] files = [.. SettingsFiles.Select(name => Path.Combine(options.InputDirectory, name))];
        UInt128 input = SourceCache.HashOfFiles(files, options.BaseUrl);
        return await caches.Sources.Settings.GetOrComputeAsync(
            options.InputDirectory, input, context.Diagnostics, sink => ReadAsync(sink, context.CancellationToken)).ConfigureAwait(false);
    }

    private async Task<ImmutableArray<Document>> ReadAsync(IDiagnosticSink sink, CancellationToken cancellationToken)
    {
        string sitePath = Path.Combine(options.InputDirectory, "site.yml");
        if (!File.Exists(sitePath))
        {
            sink.Report(Diagnostic.Error(
                MissingSiteFileCode,
                "site.yml is missing: create it with at least 'title:' and 'base_url:' (see README.md)",
                new SourceLocation(options.Display(sitePath))));
            return [];
        }

        byte[] siteBytes = await File.ReadAllBytesAsync(sitePath, cancellationToken).ConfigureAwait(false);
        SiteSettings? settings = SiteSettingsReader.Read(options.Display(sitePath), siteBytes, sink);
        if (settings is null)
        {
            return [];
        }

        if (options.BaseUrl is { } baseUrl)
        {
            settings = settings with { BaseUrl = baseUrl.TrimEnd('/') };
        }

        ImmutableArray<TopicInfo> topics = await ReadOptionalAsync("topics.yml", (p, b, s) => TopicsFileReader.Read(p, b, s), sink, cancellationToken).ConfigureAwait(false);
        ImmutableArray<SeriesInfo> series = await ReadOptionalAsync("series.yml", (p, b, s) => SeriesFileReader.Read(p, b, s), sink, cancellationToken).ConfigureAwait(false);
        return
        [
            new Document(options.Display(sitePath), null)
                .With(WebKeys.Settings, settings)
                .With(WebKeys.Topics, topics)
                .With(WebKeys.Series, series),
        ];
    }

    private async Task<ImmutableArray<T>> ReadOptionalAsync<T>(
        string name,
        Func<string, byte[], IDiagnosticSink, ImmutableArray<T>> read,
        IDiagnosticSink sink,
        CancellationToken cancellationToken)
    {
        string path = Path.Combine(options.InputDirectory, name);
        if (!File.Exists(path))
        {
            return [];
        }

        byte[] bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return read(options.Display(path), bytes, sink);
    }
}
