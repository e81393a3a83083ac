using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;
using Annals.Web.Pages;
using Annals.Web.Pipelines;

namespace Annals.Web.Redirects;

/// <summary>
/// Writes <c>_redirects</c> from every published item's <c>aliases</c>. Runs in PostProcess so it can refuse
/// an alias that is the address of a real page (the redirect would hide the page) or of another alias.
/// Drafts are not in the index, so their aliases never redirect.
/// </summary>
public sealed class WriteRedirects : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = BuildSiteIndex.Find(context);
        if (index is null)
        {
            return Task.FromResult(inputs);
        }

        var pageUrls = new HashSet<string>(
            context.OutputsOf(PipelineNames.Pages).Select(p => p.GetOrDefault(PageRequest.Key)?.Url).OfType<string>(),
            StringComparer.Ordinal);
        var claimed = new Dictionary<string, Redirect>(StringComparer.Ordinal);
        foreach (PublishedItem published in index.Items.OrderBy(p => p.Item.SourcePath, StringComparer.Ordinal))
        {
            int line = published.Item.Lines["aliases"];
            foreach (string alias in published.Item.Aliases)
            {
                var redirect = new Redirect(alias, published.Item.Url, published.Item.SourcePath, line);
                if (pageUrls.Contains(alias) || pageUrls.Contains(alias.TrimEnd('/') + "/") || SiteUrls.ToDestination(alias) is "index.html")
                {
                    context.Diagnostics.Report(Diagnostic.Error(
                        RedirectCodes.AliasShadowsPage,
                        $"the alias '{alias}' is the address of a page of this site, so redirecting it would hide that page: remove it from 'aliases'",
                        new SourceLocation(redirect.SourcePath, line)));
                }
                else if (claimed.TryGetValue(alias, out Redirect? first))
                {
                    context.Diagnostics.Report(Diagnostic.Error(
                        RedirectCodes.DuplicateAlias,
                        $"the alias '{alias}' is also claimed by {first.SourcePath}: an old address can lead to one page only",
                        new SourceLocation(redirect.SourcePath, line)));
                }
                else
                {
                    claimed[alias] = redirect;
                }
            }
        }

        return Task.FromResult(inputs.Add(new Document(null, "_redirects").WithText(RedirectsWriter.Write(claimed.Values))));
    }
}
