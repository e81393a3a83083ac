using Microsoft.AspNetCore.StaticFiles;

namespace Annals.Web.Preview;

/// <summary>The Content-Type a file is served with, by its extension, as static hosting would send it.</summary>
public static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Provider = CreateProvider();

    public static string Of(string outputPath)
    {
        ArgumentNullException.ThrowIfNull(outputPath);
        string name = Path.GetFileName(outputPath);
        if (string.Equals(name, "_redirects", StringComparison.Ordinal))
        {
            return "text/plain; charset=utf-8";
        }

        // JSON Feed has its own media type; the search index's .json files stay application/json.
        if (string.Equals(name, "feed.json", StringComparison.Ordinal))
        {
            return "application/feed+json; charset=utf-8";
        }

        if (!Provider.TryGetContentType(outputPath, out string? type))
        {
            return "application/octet-stream";
        }

        // Text is always UTF-8 here; saying so keeps browsers from guessing.
        bool text = type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/xml" or "image/svg+xml";
        return text ? type + "; charset=utf-8" : type;
    }

    private static FileExtensionContentTypeProvider CreateProvider()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".js"] = "text/javascript";
        provider.Mappings[".mjs"] = "text/javascript";
        provider.Mappings[".xml"] = "application/xml";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        provider.Mappings[".yml"] = "text/yaml";
        provider.Mappings[".wasm"] = "application/wasm";
        provider.Mappings[".ics"] = "text/calendar";
        provider.Mappings[".webp"] = "image/webp";
        return provider;
    }
}
