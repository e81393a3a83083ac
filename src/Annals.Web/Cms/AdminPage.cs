using System.Net;
using System.Text.Json;
using Annals.Web.Content.Model;

namespace Annals.Web.Cms;

/// <summary>
/// The editor's page, <c>/admin/index.html</c>: Decap's pinned script (with its integrity hash when it comes from the
/// CDN), then the site's glue script. No inline script or style; its own Content-Security-Policy in a <c>&lt;meta&gt;</c>.
/// </summary>
public static class AdminPage
{
    /// <summary>The name of the glue script beside the page.</summary>
    public const string GlueScript = "annals-cms.js";

    public static string Write(EditorSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        bool localScript = setup.Local?.ScriptUrl is not null;
        string policy = AdminPolicy.For(setup);
        string decap = localScript
            ? $"<script src=\"{Encode(setup.Local!.ScriptUrl!)}\" defer></script>"
            : $"<script src=\"{Encode(DecapBundle.CdnUrl)}\" integrity=\"{Encode(DecapBundle.Integrity)}\" crossorigin=\"anonymous\" defer></script>";
        string css = setup.StylesheetUrl is { } url ? $" data-preview-css=\"{Encode(url)}\"" : string.Empty;
        string rules = JsonSerializer.Serialize(RequiredWith(ContentModel.NewsItem, ContentModel.Event), AdminPageJson.Default.RequiredWith);
        return $"""
            <!DOCTYPE html>
            <html lang="{Encode(setup.Settings.Language)}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <meta http-equiv="Content-Security-Policy" content="{Encode(policy)}">
            <title>Content editor — {Encode(setup.Settings.Title)}</title>
            <link href="config.yml" type="text/yaml" rel="cms-config-url">
            </head>
            <body>
            {decap}
            <script src="{GlueScript}"{css} data-required-with="{Encode(rules)}" defer></script>
            </body>
            </html>

            """;
    }

    /// <summary>Per collection, the fields required only with another one, and what to tell the editor.</summary>
    public static Dictionary<string, Dictionary<string, Dictionary<string, string>>> RequiredWith(params ContentSchema[] schemas)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        return schemas.ToDictionary(
            s => s.Name,
            s => s.Fields.Where(f => f.RequiredWith is not null).ToDictionary(
                f => f.Name,
                f => new Dictionary<string, string>
                {
                    ["with"] = f.RequiredWith!,
                    ["message"] = $"'{f.Label}' is required when '{s[f.RequiredWith!].Label}' is given: {f.Help}",
                }));
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
