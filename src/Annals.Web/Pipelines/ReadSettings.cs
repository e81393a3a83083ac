using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Building;
using Annals.Web.Content;

namespace Annals.Web.Pipelines;

/// <summary>Reads site.yml, topics.yml and series.yml into one settings document.</summary>
public sealed class ReadSettings(BuildOptions options) : IModule
{
    public const string MissingSiteFileCode = ContentCodes.MissingSiteFile;

    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string sitePath = Path.Combine(options.InputDirectory, "site.yml");
        if (!File.Exists(sitePath))
        {
            context.Diagnostics.Report(Diagnostic.Error(
                MissingSiteFileCode,
                "site.yml is missing: create it with at least 'title:' and 'base_url:' (see README.md)",
                new SourceLocation(options.Display(sitePath))));
            return [];
        }

        byte[] siteBytes = await File.ReadAllBytesAsync(sitePath, context.CancellationToken).ConfigureAwait(false);
        SiteSettings? settings = SiteSettingsReader.Read(options.Display(sitePath), siteBytes, context.Diagnostics);
        if (settings is null)
        {
            return [];
        }

        if (options.BaseUrl is { } baseUrl)
        {
            settings = settings with { BaseUrl = baseUrl.TrimEnd('/') };
        }

        ImmutableArray<TopicInfo> topics = await ReadOptionalAsync("topics.yml", (p, b, s) => TopicsFileReader.Read(p, b, s), context).ConfigureAwait(false);
        ImmutableArray<SeriesInfo> series = await ReadOptionalAsync("series.yml", (p, b, s) => SeriesFileReader.Read(p, b, s), context).ConfigureAwait(false);
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
        ModuleContext context)
    {
        string path = Path.Combine(options.InputDirectory, name);
        if (!File.Exists(path))
        {
            return [];
        }

        byte[] bytes = await File.ReadAllBytesAsync(path, context.CancellationToken).ConfigureAwait(false);
        return read(options.Display(path), bytes, context.Diagnostics);
    }
}
