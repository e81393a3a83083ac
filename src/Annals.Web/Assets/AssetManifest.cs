using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Web.Pipelines;

namespace Annals.Web.Assets;

/// <summary>Maps a theme file's logical path (<c>css/site.css</c>) to the URL it is published at.</summary>
public sealed class AssetManifest
{
    private readonly ImmutableDictionary<string, string> _urls;

    private AssetManifest(ImmutableDictionary<string, string> urls) => _urls = urls;

    public static AssetManifest From(IEnumerable<Document> assets) =>
        new(assets
            .Where(a => a.Has(WebKeys.AssetLogicalPath) && a.Destination is not null)
            .ToImmutableDictionary(a => a.Get(WebKeys.AssetLogicalPath), a => "/" + a.Destination, StringComparer.Ordinal));

    public string? UrlOf(string logicalPath) => _urls.GetValueOrDefault(logicalPath);
}
