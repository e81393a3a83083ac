using Annals.Pipeline.Diagnostics;
using Annals.Web.Content;
using Annals.Web.Content.Model;
using static Annals.Web.Tests.Content.ContentTestKit;

namespace Annals.Web.Tests.Content;

/// <summary>
/// The content model and the readers agree: every field of the model is read without complaint when written with its
/// example, a required field left out is reported at its key, an optional one is not, each field is checked as its
/// kind says, and a key outside the model is an unknown key. A field added to the model without teaching the reader
/// (or the other way round) fails here.
/// </summary>
public sealed class ContentModelTests
{
    public static TheoryData<string, string> NewsItemFields() => FieldsOf(ContentModel.NewsItem);

    public static TheoryData<string, string> EventFields() => FieldsOf(ContentModel.Event);

    [Fact]
    public void A_news_item_written_with_every_example_is_read_without_a_problem()
    {
        var bag = new DiagnosticBag();
        NewsItem? item = NewsItemReader.Read(PostPath, File(ContentModel.NewsItem, null, null), bag);

        AssertClean(bag);
        Assert.NotNull(item);
        Assert.Single(item.Delegation);
    }

    [Fact]
    public void An_event_written_with_every_example_is_read_without_a_problem()
    {
        var bag = new DiagnosticBag();
        EventInfo? info = EventReader.Read("osce-alliance-2024", "input/events/osce-alliance-2024.md", File(ContentModel.Event, null, null), bag);

        AssertClean(bag);
        Assert.NotNull(info);
    }

    [Fact]
    public void The_readers_accept_exactly_the_keys_of_the_model()
    {
        Assert.Equal(ContentModel.NewsItem.Keys, NewsItemReader.Keys);
        Assert.Equal(ContentModel.Event.Keys, EventReader.Keys);
        Assert.Contains(ContentModel.NewsItem.Keys, k => k == "delegation");

        var bag = new DiagnosticBag();
        NewsItemReader.Read(PostPath, Post("not_in_the_model: x"), bag);
        AssertReported(bag, $"{PostPath}:4:1: warning {ContentCodes.UnknownKey}");
    }

    [Theory]
    [MemberData(nameof(NewsItemFields))]
    public void Each_news_item_field_is_required_exactly_when_the_model_says(string name, string _)
    {
        ContentField field = ContentModel.NewsItem[name];
        var bag = new DiagnosticBag();
        NewsItemReader.Read(PostPath, File(ContentModel.NewsItem, leaveOut: name, replace: null), bag);

        AssertRequiredness(field, bag, ContentModel.NewsItem);
    }

    [Theory]
    [MemberData(nameof(EventFields))]
    public void Each_event_field_is_required_exactly_when_the_model_says(string name, string _)
    {
        ContentField field = ContentModel.Event[name];
        var bag = new DiagnosticBag();
        EventReader.Read("e", "input/events/e.md", File(ContentModel.Event, leaveOut: name, replace: null), bag);

        AssertRequiredness(field, bag, ContentModel.Event);
    }

    [Theory]
    [MemberData(nameof(NewsItemFields))]
    public void Each_news_item_field_refuses_a_value_of_the_wrong_kind(string name, string badValue)
    {
        var bag = new DiagnosticBag();
        NewsItemReader.Read(PostPath, File(ContentModel.NewsItem, leaveOut: null, replace: (name, badValue)), bag);

        Diagnostic error = Assert.Single(bag.ToSortedList(), d => d.Severity == Severity.Error);
        Assert.Equal(LineOf(ContentModel.NewsItem, name), error.Location!.Value.Line);
    }

    [Theory]
    [MemberData(nameof(EventFields))]
    public void Each_event_field_refuses_a_value_of_the_wrong_kind(string name, string badValue)
    {
        var bag = new DiagnosticBag();
        EventReader.Read("e", "input/events/e.md", File(ContentModel.Event, leaveOut: null, replace: (name, badValue)), bag);

        Diagnostic error = Assert.Single(bag.ToSortedList(), d => d.Severity == Severity.Error);
        Assert.Equal(LineOf(ContentModel.Event, name), error.Location!.Value.Line);
    }

    [Fact]
    public void A_delegation_member_needs_the_required_keys_of_the_model_and_no_others()
    {
        foreach (ContentField field in ContentModel.DelegationMember)
        {
            string member = string.Join(", ", ContentModel.DelegationMember.Where(f => f != field).Select(f => $"{f.Name}: {f.Example}"));
            var bag = new DiagnosticBag();
            NewsItemReader.Read(PostPath, Post($"delegation: [{{{member}}}]"), bag);

            Assert.Equal(field.Required, bag.ToSortedList().Any(d => d.Code == ContentCodes.MissingValue));
        }
    }

    [Fact]
    public void A_field_required_with_another_is_required_only_when_that_one_is_given()
    {
        ContentField alt = Assert.Single(ContentModel.NewsItem.Fields, f => f.RequiredWith is not null);
        var bag = new DiagnosticBag();
        NewsItemReader.Read(PostPath, Post($"{alt.RequiredWith}: {ContentModel.NewsItem[alt.RequiredWith!].Example}"), bag);

        Assert.Equal(ContentCodes.ImageWithoutAlt, Single(bag).Code);
    }

    /// <summary>A value each kind refuses (and that no other problem of the file would explain).</summary>
    private static string BadValueOf(ContentField field) => field.Kind switch
    {
        FieldKind.Text or FieldKind.Paragraph => "{a: b}",
        FieldKind.Date => "next Tuesday",
        FieldKind.WholeNumber => "many",
        FieldKind.Boolean => "yes",
        FieldKind.Url => "javascript:alert(1)",
        FieldKind.Slug => "Not A Slug",
        FieldKind.Choice => "something-else",
        FieldKind.SitePaths => "[https://example.org/old]",
        FieldKind.Topics => "{a: b}",
        FieldKind.ObjectList => "{name: A}",
        FieldKind.EventReference => "[a, b]",
        FieldKind.Image => "https://example.org/photo.jpg",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Kind, "A kind this test does not know: add its bad value."),
    };

    private static TheoryData<string, string> FieldsOf(ContentSchema schema)
    {
        var data = new TheoryData<string, string>();
        foreach (ContentField field in schema.Fields)
        {
            data.Add(field.Name, BadValueOf(field));
        }

        return data;
    }

    /// <summary>A file with every field of the schema written as its example, one per line after the opening '---'.</summary>
    private static byte[] File(ContentSchema schema, string? leaveOut, (string Name, string Value)? replace)
    {
        List<string> lines = ["---"];
        foreach (ContentField field in schema.Fields)
        {
            if (field.Name == leaveOut || (leaveOut is not null && field.RequiredWith == leaveOut))
            {
                lines.Add("# left out");
                continue;
            }

            string value = replace is { } r && r.Name == field.Name ? r.Value : field.Example;
            lines.Add($"{field.Name}: {value}");
        }

        return Lf([.. lines, "---", "Body."]);
    }

    private static int LineOf(ContentSchema schema, string name) => schema.Keys.IndexOf(name) + 2;

    private static void AssertRequiredness(ContentField field, DiagnosticBag bag, ContentSchema schema)
    {
        if (field.RequiredWith is { } other)
        {
            // The file keeps the other field, so this one is missing where it is needed.
            Assert.Contains(other, schema.Keys);
            Assert.Single(bag.ToSortedList(), d => d.Severity == Severity.Error);
        }
        else if (field.Required)
        {
            Diagnostic error = Assert.Single(bag.ToSortedList());
            Assert.Equal(ContentCodes.MissingValue, error.Code);
            Assert.Equal(1, error.Location!.Value.Line);
            Assert.Contains($"'{field.Name}'", error.Message, StringComparison.Ordinal);
            Assert.Contains(field.Example, error.Message, StringComparison.Ordinal);
        }
        else
        {
            // A title-made slug replaces a missing slug; nothing else depends on an optional field.
            Assert.Empty(bag.ToSortedList().Where(d => d.Severity == Severity.Error));
            Assert.NotEmpty(schema.Keys);
        }
    }
}
