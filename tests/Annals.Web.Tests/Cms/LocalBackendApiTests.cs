using System.Text;
using System.Text.Json.Nodes;
using Annals.Web.Cms;
using Annals.Web.Cms.Local;
using Annals.Web.Content;

namespace Annals.Web.Tests.Cms;

/// <summary>
/// Decap's local backend protocol on a site folder: the actions Decap calls, answered as decap-server answers them,
/// confined to the editor's folders (news items, events, uploads), never replacing a file when creating an entry, and
/// refusing a file the build would refuse.
/// </summary>
public sealed class LocalBackendApiTests : IDisposable
{
    private const string Valid = "---\ntitle: A report\ndate: 2024-04-18\n---\nText.\n";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "annals-local-" + Guid.NewGuid().ToString("N"));
    private readonly LocalBackendApi _api;

    public LocalBackendApiTests()
    {
        Write("input/site.yml", "title: T\nbase_url: https://example.org\n");
        Write("input/posts/2024/a.md", Valid);
        Write("input/posts/2023/deep/b.md", Valid);
        Write("input/events/osce-2024.md", "---\nname: Conference\norganizer: OSCE\nstart: 2024-04-15\n---\n");
        Write("secret.txt", "not for the editor");
        _api = new LocalBackendApi(new LocalRepository(_root));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void Info_names_a_file_system_backend_with_simple_publishing()
    {
        (int status, JsonNode? answer) = Call("info", null);

        Assert.Equal(200, status);
        Assert.Equal("local_fs", (string?)answer!["type"]);
        Assert.Equal(["simple"], answer["publish_modes"]!.AsArray().Select(m => (string?)m));
        Assert.Equal(Path.GetFileName(_root), (string?)answer["repo"]);
    }

    [Fact]
    public void Entries_of_a_folder_are_listed_to_the_depth_asked_with_their_text_and_hash()
    {
        (int status, JsonNode? answer) = Call("entriesByFolder", new JsonObject { ["folder"] = "input/posts", ["extension"] = "md", ["depth"] = 2 });

        Assert.Equal(200, status);
        JsonNode entry = Assert.Single(answer!.AsArray())!;
        Assert.Equal("input/posts/2024/a.md", (string?)entry["file"]!["path"]);
        Assert.Equal(Valid, (string?)entry["data"]);
        Assert.Equal(LocalRepository.IdOf(Encoding.UTF8.GetBytes(Valid)), (string?)entry["file"]!["id"]);
    }

    [Fact]
    public void A_missing_entry_has_no_data_which_is_how_decap_finds_a_free_path()
    {
        (int status, JsonNode? answer) = Call("getEntry", new JsonObject { ["path"] = "input/posts/2024/free.md" });

        Assert.Equal(200, status);
        Assert.Null(answer!["data"]);
    }

    [Fact]
    public void A_new_entry_is_written_and_never_replaces_an_existing_file()
    {
        Assert.Equal(200, Persist("input/posts/2024/new.md", Valid, newEntry: true).Status);
        Assert.Equal(Valid, Read("input/posts/2024/new.md"));

        string other = Valid.Replace("A report", "Another report", StringComparison.Ordinal);
        (int status, JsonNode? answer) = Persist("input/posts/2024/new.md", other, newEntry: true);

        Assert.Equal(409, status);
        Assert.Contains("already exists", (string?)answer!["error"], StringComparison.Ordinal);
        Assert.Equal(Valid, Read("input/posts/2024/new.md"));
    }

    [Fact]
    public void An_edited_entry_replaces_its_file()
    {
        string edited = Valid.Replace("Text.", "Edited text.", StringComparison.Ordinal);

        Assert.Equal(200, Persist("input/posts/2024/a.md", edited, newEntry: false).Status);
        Assert.Equal(edited, Read("input/posts/2024/a.md"));
        Assert.Empty(Directory.EnumerateFiles(_root, ".annals-cms-*"));
    }

    [Fact]
    public void A_file_the_build_would_refuse_is_not_saved_and_the_answer_says_why_and_where()
    {
        string noAlt = "---\ntitle: A report\ndate: 2024-04-18\nimage: assets/uploads/photo.jpg\n---\nText.\n";
        (int status, JsonNode? answer) = Persist("input/posts/2024/c.md", noAlt, newEntry: true);

        Assert.Equal(422, status);
        string error = (string)answer!["error"]!;
        Assert.Contains($"input/posts/2024/c.md:4:1: error {ContentCodes.ImageWithoutAlt}", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_root, "input/posts/2024/c.md")));

        (int eventStatus, _) = Persist("input/events/bad.md", "---\nname: Conference\n---\n", newEntry: true);
        Assert.Equal(422, eventStatus);
    }

    [Theory]
    [InlineData("input/posts/../../secret.txt")]
    [InlineData("input/posts/2024/../../../secret.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("secret.txt")]
    [InlineData("input/site.yml")]
    [InlineData("input/posts\\..\\..\\secret.txt")]
    [InlineData("input/posts/./a.md")]
    [InlineData("input/posts/.hidden.md")]
    [InlineData("input/posts2/a.md")]
    [InlineData("input/assets/uploads/../../site.yml")]
    [InlineData("C:/Windows/win.ini")]
    [InlineData("")]
    public void A_path_outside_the_editors_folders_is_refused_for_every_action(string path)
    {
        string before = Read("secret.txt");

        Assert.Equal(403, Call("getEntry", new JsonObject { ["path"] = path }).Status);
        Assert.Equal(403, Call("getMediaFile", new JsonObject { ["path"] = path }).Status);
        Assert.Equal(403, Persist(path, Valid, newEntry: false).Status);
        Assert.Equal(403, Call("persistMedia", Asset(path)).Status);
        Assert.Equal(403, Call("deleteFile", new JsonObject { ["path"] = path }).Status);
        Assert.Equal(403, Call("entriesByFolder", new JsonObject { ["folder"] = path, ["extension"] = "md", ["depth"] = 1 }).Status);

        Assert.Equal(before, Read("secret.txt"));
        Assert.True(File.Exists(Path.Combine(_root, "input/site.yml")));
    }

    [Fact]
    public void A_link_inside_the_editors_folders_is_not_followed()
    {
        Directory.CreateSymbolicLink(Path.Combine(_root, "input/posts/outside"), _root);
        File.CreateSymbolicLink(Path.Combine(_root, "input/posts/2024/secret.md"), Path.Combine(_root, "secret.txt"));

        Assert.Equal(403, Call("getEntry", new JsonObject { ["path"] = "input/posts/2024/secret.md" }).Status);
        Assert.Equal(403, Persist("input/posts/outside/x.md", Valid, newEntry: true).Status);
        JsonArray listed = Call("entriesByFolder", new JsonObject { ["folder"] = "input/posts", ["extension"] = "md", ["depth"] = 3 }).Answer!.AsArray();
        Assert.Equal(["input/posts/2023/deep/b.md", "input/posts/2024/a.md"], listed.Select(e => (string?)e!["file"]!["path"]));
        Assert.False(File.Exists(Path.Combine(_root, "x.md")));
    }

    [Fact]
    public void Uploads_go_only_directly_into_the_media_folder()
    {
        (int status, JsonNode? file) = Call("persistMedia", Asset("input/assets/uploads/photo.jpg"));

        Assert.Equal(200, status);
        Assert.Equal("photo.jpg", (string?)file!["name"]);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(Path.Combine(_root, "input/assets/uploads/photo.jpg")));
        JsonNode listed = Assert.Single(Call("getMedia", new JsonObject { ["mediaFolder"] = CmsConfig.MediaFolder }).Answer!.AsArray())!;
        Assert.Equal(Convert.ToBase64String([1, 2, 3]), (string?)listed["content"]);

        Assert.Equal(403, Call("persistMedia", Asset("input/posts/2024/photo.jpg")).Status);
        Assert.Equal(403, Call("persistMedia", Asset("input/assets/uploads/deeper/photo.jpg")).Status);
        Assert.Empty(Call("getMedia", new JsonObject { ["mediaFolder"] = "input/posts" }).Answer!.AsArray());
        Assert.Equal(403, Call("getMedia", new JsonObject { ["mediaFolder"] = "input" }).Status);
    }

    [Fact]
    public void An_entry_saved_with_its_image_writes_both()
    {
        string post = "---\ntitle: A report\ndate: 2024-04-18\nimage: /assets/uploads/p.jpg\nimage_alt: A hall\n---\nText.\n";
        var parameters = new JsonObject
        {
            ["dataFiles"] = new JsonArray(new JsonObject { ["slug"] = "d", ["path"] = "input/posts/2024/d.md", ["raw"] = post }),
            ["assets"] = new JsonArray(Asset("input/assets/uploads/p.jpg")["asset"]!.DeepClone()),
            ["options"] = new JsonObject { ["newEntry"] = true, ["commitMessage"] = "Create", ["useWorkflow"] = false, ["status"] = "" },
        };

        Assert.Equal(200, Call("persistEntry", parameters).Status);
        Assert.Equal(post, Read("input/posts/2024/d.md"));
        Assert.True(File.Exists(Path.Combine(_root, "input/assets/uploads/p.jpg")));
    }

    [Fact]
    public void Deleting_removes_only_the_file_named()
    {
        Assert.Equal(200, Call("deleteFiles", new JsonObject { ["paths"] = new JsonArray("input/posts/2024/a.md") }).Status);

        Assert.False(File.Exists(Path.Combine(_root, "input/posts/2024/a.md")));
        Assert.True(File.Exists(Path.Combine(_root, "input/posts/2023/deep/b.md")));
    }

    [Fact]
    public void Moving_entries_and_unknown_actions_are_refused()
    {
        var move = new JsonObject
        {
            ["dataFiles"] = new JsonArray(new JsonObject { ["slug"] = "a", ["path"] = "input/posts/2024/a.md", ["raw"] = Valid, ["newPath"] = "input/posts/2025/a.md" }),
            ["assets"] = new JsonArray(),
            ["options"] = new JsonObject { ["newEntry"] = false },
        };

        Assert.Equal(422, Call("persistEntry", move).Status);
        Assert.True(File.Exists(Path.Combine(_root, "input/posts/2024/a.md")));
        Assert.Equal(422, Call("unpublishedEntries", new JsonObject()).Status);
        Assert.Equal(422, Call("persistEntry", new JsonObject()).Status);
        Assert.Equal(200, Call("getDeployPreview", new JsonObject()).Status);
    }

    private (int Status, JsonNode? Answer) Call(string action, JsonNode? parameters) =>
        _api.Handle(new JsonObject { ["action"] = action, ["params"] = parameters });

    private (int Status, JsonNode? Answer) Persist(string path, string raw, bool newEntry) =>
        Call("persistEntry", new JsonObject
        {
            ["dataFiles"] = new JsonArray(new JsonObject { ["slug"] = "x", ["path"] = path, ["raw"] = raw }),
            ["assets"] = new JsonArray(),
            ["options"] = new JsonObject { ["newEntry"] = newEntry, ["commitMessage"] = "Save", ["useWorkflow"] = false, ["status"] = "" },
        });

    private static JsonObject Asset(string path) => new()
    {
        ["asset"] = new JsonObject { ["path"] = path, ["content"] = Convert.ToBase64String([1, 2, 3]), ["encoding"] = "base64" },
        ["options"] = new JsonObject { ["commitMessage"] = "Upload" },
    };

    private string Read(string path) => File.ReadAllText(Path.Combine(_root, path));

    private void Write(string path, string text)
    {
        string full = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
