using System.Text.Json;
using System.Text.Json.Nodes;
using Annals.Web.Cms;
using Annals.Web.Cms.Local;
using Microsoft.AspNetCore.Http;

namespace Annals.Web.Preview;

/// <summary>
/// What <c>annals serve --cms</c> adds to the preview: Decap's local backend API at <see cref="LocalEditor.ApiPath"/>
/// and, when a local copy was found, Decap's script and chunks under <see cref="LocalEditor.ScriptFolder"/>. The API
/// writes files, so it answers only requests made by the editor page of this very server: a POST of JSON (which a
/// page of another site cannot send without asking first) whose Origin and Host name this server.
/// </summary>
/// <param name="api">The local backend.</param>
/// <param name="decapFolder">Decap's <c>dist</c> folder, or null when the script comes from the CDN.</param>
public sealed class EditorEndpoints(LocalBackendApi api, string? decapFolder)
{
    /// <summary>Larger than the largest upload once base64-encoded.</summary>
    private const long MaxRequestBytes = (LocalRepository.MaxFileBytes / 3 * 4) + (1024 * 1024);

    /// <summary>Handles the request when it is one of the editor's; false to let the site answer it.</summary>
    public async Task<bool> TryHandleAsync(HttpContext context, string rawPath, Uri server)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rawPath);
        ArgumentNullException.ThrowIfNull(server);
        if (string.Equals(rawPath, LocalEditor.ApiPath, StringComparison.Ordinal))
        {
            await ApiAsync(context, server).ConfigureAwait(false);
            return true;
        }

        if (decapFolder is not null && rawPath.StartsWith(LocalEditor.ScriptFolder, StringComparison.Ordinal))
        {
            await ScriptAsync(context, rawPath[LocalEditor.ScriptFolder.Length..]).ConfigureAwait(false);
            return true;
        }

        return false;
    }

    /// <summary>Null when the request may use the API, else why not.</summary>
    public static string? Refusal(HttpRequest request, Uri server)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(server);
        if (!HttpMethods.IsPost(request.Method))
        {
            return "only POST";
        }

        if (!string.Equals(request.Host.Value, server.Authority, StringComparison.OrdinalIgnoreCase))
        {
            return "wrong Host";
        }

        string origin = server.GetLeftPart(UriPartial.Authority);
        if (!string.Equals(request.Headers.Origin.ToString(), origin, StringComparison.OrdinalIgnoreCase))
        {
            return "the request does not come from the editor page of this preview";
        }

        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return "only JSON";
        }

        return request.ContentLength is > MaxRequestBytes ? "too large" : null;
    }

    private async Task ApiAsync(HttpContext context, Uri server)
    {
        HttpResponse response = context.Response;
        if (Refusal(context.Request, server) is { } reason)
        {
            response.StatusCode = StatusCodes.Status403Forbidden;
            await WriteJsonAsync(response, new JsonObject { ["error"] = "Refused: " + reason }, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        JsonNode? request;
        try
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
            if (body.Length > MaxRequestBytes)
            {
                throw new JsonException("too large");
            }

            request = JsonNode.Parse(body.ToArray());
        }
        catch (JsonException)
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            await WriteJsonAsync(response, new JsonObject { ["error"] = "The request is not JSON." }, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        (int status, JsonNode? answer) = api.Handle(request);
        response.StatusCode = status;
        await WriteJsonAsync(response, answer, context.RequestAborted).ConfigureAwait(false);
    }

    private async Task ScriptAsync(HttpContext context, string name)
    {
        HttpResponse response = context.Response;
        bool plain = name.Length is > 0 and < 100 && name[0] != '.' && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');
        string path = plain ? Path.Combine(decapFolder!, name) : string.Empty;
        if (!plain || !File.Exists(path) || !HttpMethods.IsGet(context.Request.Method))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        byte[] bytes = await File.ReadAllBytesAsync(path, context.RequestAborted).ConfigureAwait(false);
        response.ContentType = ContentTypes.Of(name);
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task WriteJsonAsync(HttpResponse response, JsonNode? answer, CancellationToken cancellationToken)
    {
        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsync(answer?.ToJsonString() ?? "null", cancellationToken).ConfigureAwait(false);
    }
}
