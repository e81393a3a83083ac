using System.Text.Json;
using Annals.Web.Feeds;

namespace Annals.Web.Tests.Feeds;

public sealed class JsonFeedWriterTests
{
    private static readonly FeedChannel Channel = new(
        "Test \"Archive\"", "https://example.org/feed.json", "https://example.org/", "News of the delegation.", "Example Organization", "fr-CH");

    private static readonly FeedEntry Entry = new(
        "Report on <Vienna> & Genève",
        "https://example.org/news/2023/report/",
        new DateTimeOffset(2023, 12, 31, 23, 30, 0, TimeSpan.FromHours(-5)),
        "The delegation attended.",
        "<p>See <a href=\"https://example.org/archive/\">the archive</a>.</p>",
        ["Human trafficking", "OSCE"],
        ["Ana Silva"])
    {
        ImageUrl = "https://example.org/assets/vienna.jpg",
    };

    [Fact]
    public void The_feed_has_every_field_json_feed_1_1_requires_and_the_ones_it_recommends()
    {
        using JsonDocument json = JsonDocument.Parse(JsonFeedWriter.Write(Channel, [Entry]));
        JsonElement feed = json.RootElement;

        Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
        Assert.Equal("Test \"Archive\"", feed.GetProperty("title").GetString());
        Assert.Equal("https://example.org/", feed.GetProperty("home_page_url").GetString());
        Assert.Equal("https://example.org/feed.json", feed.GetProperty("feed_url").GetString());
        Assert.Equal("fr-CH", feed.GetProperty("language").GetString());
        Assert.Equal("Example Organization", Assert.Single(feed.GetProperty("authors").EnumerateArray()).GetProperty("name").GetString());
        JsonElement item = Assert.Single(feed.GetProperty("items").EnumerateArray());
        Assert.Equal("https://example.org/news/2023/report/", item.GetProperty("id").GetString());
        Assert.Equal("https://example.org/news/2023/report/", item.GetProperty("url").GetString());
        Assert.Equal("Report on <Vienna> & Genève", item.GetProperty("title").GetString());
        Assert.Equal(Entry.ContentHtml, item.GetProperty("content_html").GetString());
        Assert.Equal("The delegation attended.", item.GetProperty("summary").GetString());
        Assert.Equal("2023-12-31T23:30:00-05:00", item.GetProperty("date_published").GetString());
        Assert.Equal("https://example.org/assets/vienna.jpg", item.GetProperty("image").GetString());
        Assert.Equal(["Human trafficking", "OSCE"], item.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Ana Silva", Assert.Single(item.GetProperty("authors").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public void Optional_fields_are_left_out_rather_than_empty()
    {
        FeedEntry bare = Entry with { ImageUrl = null, Categories = [], Authors = [] };

        using JsonDocument json = JsonDocument.Parse(JsonFeedWriter.Write(Channel with { Subtitle = null, Language = null }, [bare]));

        Assert.False(json.RootElement.TryGetProperty("description", out _));
        Assert.False(json.RootElement.TryGetProperty("language", out _));
        JsonElement item = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.False(item.TryGetProperty("image", out _));
        Assert.False(item.TryGetProperty("tags", out _));
        Assert.False(item.TryGetProperty("authors", out _));
    }

    [Fact]
    public void An_empty_feed_still_has_its_items_array_and_utc_dates_end_in_z()
    {
        using JsonDocument empty = JsonDocument.Parse(JsonFeedWriter.Write(Channel, []));
        Assert.Equal(0, empty.RootElement.GetProperty("items").GetArrayLength());

        string text = JsonFeedWriter.Write(Channel, [Entry with { Published = new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero) }]);
        Assert.Contains("\"date_published\": \"2024-03-01T00:00:00Z\"", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }
}
