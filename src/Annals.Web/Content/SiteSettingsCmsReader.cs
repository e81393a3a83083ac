using System.Text.RegularExpressions;

namespace Annals.Web.Content;

/// <summary>
/// Reads the <c>cms:</c> map of site.yml (see <see cref="CmsSettings"/>). A value the editor cannot use (an unknown
/// backend, a repository that is not <c>owner/name</c>) is an error at its line; an unknown key is a warning.
/// </summary>
internal static partial class SiteSettingsCmsReader
{
    public const string Key = "cms";

    private static readonly string[] Keys = ["enabled", "backend", "repo", "branch"];

    private static readonly (string Name, CmsBackend Backend)[] Backends = [("github", CmsBackend.GitHub), ("git-gateway", CmsBackend.GitGateway)];

    /// <returns>Null when site.yml has no <c>cms:</c> map (or it had errors, already reported).</returns>
    public static CmsSettings? Read(FieldReader site)
    {
        FrontMatterNode? node = site.Node(Key);
        if (node is null)
        {
            return null;
        }

        if (node is not MappingNode map)
        {
            site.Error(ContentCodes.InvalidValue, $"'cms' must be a map of settings indented under 'cms:', like 'backend: github' and 'repo: your-org/your-site' on their own lines; found {node.Describe()}", node);
            return null;
        }

        FieldReader fields = site.Nested(map, Key);
        fields.WarnUnknownKeys(Keys, "the cms settings");
        bool ok = true;
        bool? enabled = fields.Boolean("enabled");
        CmsBackend backend = CmsBackend.GitHub;
        if (fields.Text("backend") is { } backendText)
        {
            (string Name, CmsBackend Backend) known = Backends.FirstOrDefault(b => string.Equals(b.Name, backendText, StringComparison.Ordinal));
            if (known.Name is null)
            {
                fields.Error(ContentCodes.InvalidCmsSetting, $"'backend' must be github or git-gateway; found {ScalarNode.Quote(backendText)}", fields.Node("backend")!);
                ok = false;
            }
            else
            {
                backend = known.Backend;
            }
        }

        string? repo = fields.Text("repo");
        if (repo is not null && !RepoShape().IsMatch(repo))
        {
            fields.Error(ContentCodes.InvalidCmsSetting, $"'repo' must be the repository as owner/name, like your-org/your-site (without https://github.com/); found {ScalarNode.Quote(repo)}", fields.Node("repo")!);
            ok = false;
        }
        else if (repo is null && backend == CmsBackend.GitHub && enabled != false && fields.Node("repo") is null && ok)
        {
            fields.Error(ContentCodes.InvalidCmsSetting, "the github backend needs the repository the editor commits to: add a line like repo: your-org/your-site under 'cms:'", Key);
            ok = false;
        }

        string? branch = fields.Text("branch");
        if (branch is not null && !BranchShape().IsMatch(branch))
        {
            fields.Error(ContentCodes.InvalidCmsSetting, $"'branch' must be a branch name like main (letters, digits, '-', '_', '.' and '/'); found {ScalarNode.Quote(branch)}", fields.Node("branch")!);
            ok = false;
        }

        if (!ok || (fields.Node("enabled") is not null && enabled is null))
        {
            return null;
        }

        return new CmsSettings
        {
            Enabled = enabled ?? true,
            Backend = backend,
            Repo = repo,
            Branch = branch ?? CmsSettings.Default.Branch,
        };
    }

    [GeneratedRegex(@"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex RepoShape();

    [GeneratedRegex(@"^(?!/)(?!.*//)(?!.*\.\.)[A-Za-z0-9._/-]{1,100}(?<!/)$", RegexOptions.CultureInvariant)]
    private static partial Regex BranchShape();
}
