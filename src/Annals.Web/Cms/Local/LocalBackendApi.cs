using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Annals.Web.Cms.Local;

/// <summary>
/// Decap's <c>local_backend</c> protocol (what the npm <c>decap-server</c> answers in its file-system mode), on the
/// site folder: one JSON request <c>{action, params}</c> per call, one JSON answer. Unlike decap-server it works only
/// in the editor's folders (<see cref="LocalRepository"/>), never moves a whole folder along with an entry, never
/// replaces a file when Decap creates a new entry, and refuses a news item or event the build would refuse.
/// </summary>
public sealed class LocalBackendApi(LocalRepository repository)
{
    /// <summary>Handles one request body; returns the HTTP status and the JSON answer.</summary>
    public (int Status, JsonNode? Answer) Handle(JsonNode? request)
    {
        string? action = request?["action"]?.GetValue<string>();
        JsonNode? parameters = request?["params"];
        try
        {
            return action switch
            {
                "info" => Ok(new JsonObject
                {
                    ["repo"] = repository.Name,
                    ["publish_modes"] = new JsonArray("simple"),
                    ["type"] = "local_fs",
                }),
                "entriesByFolder" => Ok(Entries(repository.List(Text(parameters, "folder"), "." + Text(parameters, "extension").TrimStart('.'), Number(parameters, "depth")))),
                "entriesByFiles" => Ok(Entries(Array(parameters, "files").Select(f => Text(f, "path")))),
                "getEntry" => Ok(Entry(Text(parameters, "path"))),
                "persistEntry" => PersistEntry(parameters),
                "getMedia" => GetMedia(Text(parameters, "mediaFolder")),
                "getMediaFile" => Ok(Media(Text(parameters, "path"))),
                "persistMedia" => PersistMedia(parameters?["asset"]),
                "deleteFile" => Delete([Text(parameters, "path")]),
                "deleteFiles" => Delete([.. Array(parameters, "paths").Select(p => p?.GetValue<string>() ?? string.Empty)]),
                "getDeployPreview" => (200, null),
                _ => Refuse(422, $"Unknown action {action}"),
            };
        }
        catch (LocalPathException exception)
        {
            return Refuse(403, "Refused: " + exception.Message);
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException or KeyNotFoundException or JsonException)
        {
            return Refuse(422, "The request is not what Decap sends: " + exception.Message);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Refuse(500, "The file could not be read or written: " + exception.Message);
        }
    }

    private (int, JsonNode?) PersistEntry(JsonNode? parameters)
    {
        List<JsonNode> dataFiles = parameters?["dataFiles"] is JsonArray files
            ? [.. files.OfType<JsonNode>()]
            : parameters?["entry"] is JsonNode entry ? [entry] : throw new KeyNotFoundException("no dataFiles");
        bool newEntry = parameters?["options"]?["newEntry"]?.GetValue<bool>() ?? false;
        var writes = new List<(string Path, byte[] Bytes)>();
        foreach (JsonNode file in dataFiles)
        {
            if (file["newPath"] is JsonValue)
            {
                return Refuse(422, "Moving an entry to another file is not supported by the local editor; change it in the file itself.");
            }

            string path = Text(file, "path");
            repository.Resolve(path);
            if (!path.EndsWith(".md", StringComparison.Ordinal) || path.StartsWith(CmsConfig.MediaFolder + "/", StringComparison.Ordinal))
            {
                return Refuse(403, $"Refused: '{path}' is not a news item or event file");
            }

            byte[] bytes = Encoding.UTF8.GetBytes(Text(file, "raw"));
            IReadOnlyList<string> errors = EntryCheck.Errors(path, bytes);
            if (errors.Count > 0)
            {
                return Refuse(422, "Not saved, the site would not build: " + string.Join(" ", errors));
            }

            writes.Add((path, bytes));
        }

        List<(string Path, byte[] Bytes)> assets = [.. Array(parameters, "assets").Select(a => (Text(a, "path"), Decode(a)))];
        foreach ((string path, _) in assets)
        {
            CheckMediaPath(path);
        }

        foreach ((string path, byte[] bytes) in assets)
        {
            repository.Write(path, bytes, createOnly: false);
        }

        foreach ((string path, byte[] bytes) in writes)
        {
            if (!repository.Write(path, bytes, createOnly: newEntry))
            {
                return Refuse(409, $"Not saved: {path} already exists. Give the new entry another title, or open the existing one.");
            }
        }

        return Ok(new JsonObject { ["message"] = "entry persisted" });
    }

    private (int, JsonNode?) GetMedia(string folder)
    {
        // Decap also asks for the media beside an entry (input/posts); uploads are only ever in the media folder.
        if (!string.Equals(folder.TrimEnd('/'), CmsConfig.MediaFolder, StringComparison.Ordinal))
        {
            repository.Resolve(folder.TrimEnd('/') + "/x");
            return Ok(new JsonArray());
        }

        return Ok(new JsonArray([.. repository.List(CmsConfig.MediaFolder, string.Empty, 1).Select(Media)]));
    }

    private (int, JsonNode?) PersistMedia(JsonNode? asset)
    {
        string path = Text(asset, "path");
        CheckMediaPath(path);
        repository.Write(path, Decode(asset), createOnly: false);
        return Ok(Media(path));
    }

    private (int, JsonNode?) Delete(IReadOnlyList<string> paths)
    {
        foreach (string path in paths)
        {
            repository.Resolve(path);
        }

        foreach (string path in paths)
        {
            repository.Delete(path);
        }

        return Ok(new JsonObject { ["message"] = $"deleted files {string.Join(", ", paths)}" });
    }

    private JsonArray Entries(IEnumerable<string> paths) => new([.. paths.Select(Entry)]);

    /// <summary>An entry as Decap expects it; a file that cannot be read has null data, as decap-server answers.</summary>
    private JsonObject Entry(string path)
    {
        byte[]? bytes = null;
        try
        {
            bytes = repository.Read(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A missing file is how Decap asks whether a path is free.
        }

        return new JsonObject
        {
            ["data"] = bytes is null ? null : Encoding.UTF8.GetString(bytes),
            ["file"] = new JsonObject { ["path"] = path, ["id"] = bytes is null ? null : LocalRepository.IdOf(bytes) },
        };
    }

    private JsonObject Media(string path)
    {
        byte[] bytes = repository.Read(path);
        return new JsonObject
        {
            ["id"] = LocalRepository.IdOf(bytes),
            ["content"] = Convert.ToBase64String(bytes),
            ["encoding"] = "base64",
            ["path"] = path,
            ["name"] = path[(path.LastIndexOf('/') + 1)..],
        };
    }

    private void CheckMediaPath(string path)
    {
        repository.Resolve(path);
        if (!path.StartsWith(CmsConfig.MediaFolder + "/", StringComparison.Ordinal) || path[(CmsConfig.MediaFolder.Length + 1)..].Contains('/', StringComparison.Ordinal))
        {
            throw new LocalPathException($"'{path}' is not a file directly in {CmsConfig.MediaFolder}");
        }
    }

    private static byte[] Decode(JsonNode? asset)
    {
        if (!string.Equals(Text(asset, "encoding"), "base64", StringComparison.Ordinal))
        {
            throw new FormatException("only base64 content is accepted");
        }

        return Convert.FromBase64String(Text(asset, "content"));
    }

    private static string Text(JsonNode? node, string name) =>
        node?[name]?.GetValue<string>() ?? throw new KeyNotFoundException($"'{name}' is missing");

    private static int Number(JsonNode? node, string name) =>
        node?[name]?.GetValue<int>() ?? throw new KeyNotFoundException($"'{name}' is missing");

    private static IEnumerable<JsonNode?> Array(JsonNode? node, string name) =>
        node?[name] as JsonArray ?? throw new KeyNotFoundException($"'{name}' is missing");

    private static (int, JsonNode?) Ok(JsonNode answer) => (200, answer);

    private static (int, JsonNode?) Refuse(int status, string message) => (status, new JsonObject { ["error"] = message });
}
