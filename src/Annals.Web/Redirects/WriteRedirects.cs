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

        PublishedItem[] withAliases = [.. index.Items.Where(p => p.Item.Aliases.Length > 0).OrderBy(p => p.Item.SourcePath, StringComparer.Ordinal)];
        HashSet<string> pageUrls = PagesAddressedByAliases(withAliases, context);
        var claimed = new Dictionary<string, Redirect>(StringComparer.Ordinal);
        foreach (PublishedItem published in withAliases)
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

    /// <summary>
    /// The pages whose address an alias names, with or without its final slash. The few aliases are put in a set and
    /// the pages looked up in it, rather than the other way round: a set of 15,000 page addresses on every run of a
    /// preview session cost more than the rest of this module.
    /// </summary>
    private static HashSet<string> PagesAddressedByAliases(PublishedItem[] withAliases, ModuleContext context)
    {
        var aliases = new HashSet<string>(StringComparer.Ordinal);
        foreach (string alias in withAliases.SelectMany(p => p.Item.Aliases))
        {
            aliases.Add(alias);
            aliases.Add(alias.TrimEnd('/') + "/");
        }

        var pages = new HashSet<string>(StringComparer.Ordinal);
        if (aliases.Count == 0)
        {
            return pages;
        }

        foreach (Document page in context.OutputsOf(PipelineNames.Pages))
        {
            if (page.GetOrDefault(PageRequest.Key)?.Url is { } url && aliases.Contains(url))
            {
                pages.Add(url);
            }
        }

        return pages;
    }
}
