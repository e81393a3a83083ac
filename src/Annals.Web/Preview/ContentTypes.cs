using Microsoft.AspNetCore.StaticFiles;

namespace Annals.Web.Preview;

/// <summary>The Content-Type a file is served with, by its extension, as static hosting would send it.</summary>
public static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Provider = CreateProvider();

    public static string Of(string outputPath)
    {
        ArgumentNullException.ThrowIfNull(outputPath);
        if (string.Equals(Path.GetFileName(outputPath), "_redirects", StringComparison.Ordinal))
        {
            return "text/plain; charset=utf-8";
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
        provider.Mappings[".webp"] = "image/webp";
        return provider;
    }
}
