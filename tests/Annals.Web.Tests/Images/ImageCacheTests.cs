using Annals.Web.Images;

namespace Annals.Web.Tests.Images;

/// <summary>Resizing is the slow part of a build: it is done once per image and width, and never again while nothing changed.</summary>
public sealed class ImageCacheTests : IDisposable
{
    private readonly ImageSite _site = new();

    public ImageCacheTests()
    {
        _site.AddImage("input/assets/photo.jpg", TestImages.Jpeg(1000, 500, seed: 1));
        _site.Site.AddPost("input/posts/2024/a.md", "Alpha", "2024-04-18", "image: assets/photo.jpg\nimage_alt: A photo\n");
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_warm_build_encodes_nothing_and_publishes_the_same_files()
    {
        await _site.BuildSucceedsAsync();
        Assert.Equal(4, _site.Codec.Encodes); // WebP 480, 800, 1000 and the JPEG fallback at 800
        IReadOnlyList<string> first = _site.Variants;

        await _site.BuildSucceedsAsync();

        Assert.Equal(0, _site.Codec.Encodes);
        Assert.Equal(0, _site.Codec.Headers);
        Assert.Equal(first, _site.Variants);
        Assert.All(first, variant => Assert.True(_site.Measure(variant).Width > 0));
    }

    [Fact]
    public async Task A_changed_image_is_encoded_again_under_new_names()
    {
        await _site.BuildSucceedsAsync();
        IReadOnlyList<string> before = _site.Variants;

        _site.AddImage("input/assets/photo.jpg", TestImages.Jpeg(1000, 500, seed: 2));
        await _site.BuildSucceedsAsync();

        Assert.Equal(4, _site.Codec.Encodes);
        Assert.Empty(before.Intersect(_site.Variants));
        Assert.Equal(before.Count, _site.Variants.Count);
    }

    [Fact]
    public async Task An_image_used_by_many_items_is_encoded_once_per_width()
    {
        _site.Site.AddPost("input/posts/2024/b.md", "Bravo", "2024-04-17", "image: assets/photo.jpg\nimage_alt: Same photo\n", "![Again](/assets/photo.jpg)");
        _site.Site.AddPost("input/posts/2024/c.md", "Charlie", "2024-04-16", string.Empty, "![And again](/assets/photo.jpg)");

        await _site.BuildSucceedsAsync();

        Assert.Equal(4, _site.Codec.Encodes);
        Assert.Equal(4, _site.Codec.Encodings.Distinct().Count());
    }

    [Fact]
    public async Task The_fallback_is_made_from_the_same_decode_as_the_webp_of_its_width()
    {
        await _site.BuildSucceedsAsync();

        Assert.Equal(4, _site.Codec.Encodes); // WebP 480, 800, 1000 and the JPEG fallback at 800 ...
        Assert.Equal(3, _site.Codec.Decodes); // ... from three decodes: 800 serves both
        string[] made = [.. _site.Variants.Select(variant => _site.Measure(variant)).Select(m => $"{m.Loader[..4]} {m.Width}").Order(StringComparer.Ordinal)];
        Assert.Equal(["jpeg 800", "webp 1000", "webp 480", "webp 800"], made);
    }

    [Fact]
    public async Task Images_of_drafts_and_unused_files_are_not_resized()
    {
        _site.AddImage("input/assets/unused.png", TestImages.Png(900, 300));
        _site.AddImage("input/assets/draft.png", TestImages.Png(900, 300, seed: 3));
        _site.Site.AddPost("input/posts/2024/d.md", "Draft", "2024-04-15", "draft: true\nimage: assets/draft.png\nimage_alt: Draft\n");

        await _site.BuildSucceedsAsync();

        Assert.Equal(4, _site.Codec.Encodes);
        Assert.All(_site.Variants, v => Assert.StartsWith("photo-", v, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Images_in_event_descriptions_are_made_too()
    {
        _site.AddImage("input/assets/venue.png", TestImages.Png(500, 250, seed: 4));
        _site.Site.Add("input/events/forum-2024.md", "---\nname: Forum\norganizer: UN\nstart: 2024-04-01\n---\nThe venue:\n\n![The venue](/assets/venue.png)\n");

        await _site.BuildSucceedsAsync();

        Assert.Contains(_site.Variants, v => v.StartsWith("venue-500.", StringComparison.Ordinal) && v.EndsWith(".webp", StringComparison.Ordinal));
        Assert.Contains("<picture><source type=\"image/webp\" srcset=\"/_img/venue-500.", _site.Site.Read("events/forum-2024/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_cache_entry_is_made_again_not_published()
    {
        await _site.BuildSucceedsAsync();
        string entry = Directory.EnumerateFiles(_site.CacheFolder, "*.webp").Order(StringComparer.Ordinal).First();
        byte[] good = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, good[..(good.Length / 2)]);

        await _site.BuildSucceedsAsync();

        Assert.Equal(1, _site.Codec.Encodes);
        Assert.Equal(good, File.ReadAllBytes(entry));
        Assert.All(_site.Variants, variant => Assert.True(_site.Measure(variant).Width > 0));
    }

    [Fact]
    public async Task The_cache_holds_only_whole_files_named_by_key_and_checksum()
    {
        await _site.BuildSucceedsAsync();

        string[] names = [.. Directory.EnumerateFiles(_site.CacheFolder).Select(Path.GetFileName).OfType<string>()];
        Assert.DoesNotContain(names, n => n.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.Equal(4, names.Count(n => System.Text.RegularExpressions.Regex.IsMatch(n, "^[0-9a-f]{32}-[0-9a-f]{16}\\.(webp|jpg)$")));
        Assert.Single(names, n => n.EndsWith(".facts", StringComparison.Ordinal));
    }

    [Fact]
    public void A_store_without_a_folder_keeps_nothing()
    {
        var store = new ImageStore(null);

        Assert.Null(store.Put(1, "webp", [1, 2, 3]));
        Assert.Null(store.TryGet(1));
        Assert.False(store.IsPersistent);
    }
}
