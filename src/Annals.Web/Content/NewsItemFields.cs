using System.Collections.Immutable;
using Annals.Web.Content.Model;

namespace Annals.Web.Content;

/// <summary>The news-item fields that need more than a plain typed read: event, delegation, image, type, slug, aliases.</summary>
internal static class NewsItemFields
{
    private static readonly string[] MemberKeys = [.. ContentModel.DelegationMember.Select(f => f.Name)];

    /// <summary><c>event: some-id</c> gives the id; a map under <c>event:</c> is an inline event with its own id.</summary>
    public static (string? Id, EventInfo? Inline) Event(FieldReader fields)
    {
        switch (fields.Node("event"))
        {
            case null:
                return (null, null);
            case MappingNode map:
                EventInfo? inline = EventReader.ReadInline(fields.Nested(map, "event"));
                return (inline?.Id, inline);
            case ScalarNode scalar when fields.TextOf(scalar, "'event'") is { } id:
                if (SlugRules.IsSlug(id))
                {
                    return (id, null);
                }

                fields.Error(
                    ContentCodes.InvalidEventReference,
                    $"'event' must be the id of an event file in input/events (its name without .md), like {Slugifier.Slugify(id)}; found {scalar.Describe()}",
                    scalar);
                return (null, null);
            case SequenceNode list:
                fields.Error(
                    ContentCodes.InvalidEventReference,
                    "'event' must be one event: the id of an event file, like event: osce-alliance-2024, or lines 'id:', 'name:', 'organizer:' and 'start:' indented under 'event:'; found a list",
                    list);
                return (null, null);
            default:
                return (null, null);
        }
    }

    /// <summary>A list of <c>{name, role}</c>; an entry written as just a name is accepted (no role).</summary>
    public static ImmutableArray<DelegationMember> Delegation(FieldReader fields)
    {
        SequenceNode? list = fields.List("delegation", "one person per entry: a line '- name: Michel Veuthey' under 'delegation:', with 'role: Head of Delegation' lined up below 'name'");
        if (list is null)
        {
            return [];
        }

        ImmutableArray<DelegationMember>.Builder members = ImmutableArray.CreateBuilder<DelegationMember>(list.Items.Length);
        foreach (FrontMatterNode item in list.Items)
        {
            if (item is MappingNode map)
            {
                FieldReader member = fields.Nested(map);
                member.WarnUnknownKeys(MemberKeys, "a delegation member");
                string? name = member.RequiredText(ContentModel.DelegationMember[0]);
                string? role = member.Text("role");
                if (name is not null)
                {
                    members.Add(new DelegationMember(name, role));
                }
            }
            else if (fields.TextOf(item, "each 'delegation' entry (a name, or 'name:' and 'role:' lines)") is { } name)
            {
                members.Add(new DelegationMember(name, null));
            }
        }

        return members.ToImmutable();
    }

    public static string? Image(FieldReader fields)
    {
        string? image = fields.Text("image");
        if (image is not null && PathRules.CheckImagePath(image) is { } reason)
        {
            fields.Error(ContentCodes.InvalidImagePath, $"'image' must be a file of the site, like assets/2024/photo.jpg: {reason}; found {ScalarNode.Quote(image)}", fields.Node("image")!);
            return null;
        }

        return image;
    }

    public static ItemType? Type(FieldReader fields)
    {
        string? text = fields.Text("type");
        if (text is null)
        {
            return null;
        }

        foreach (ItemType type in Enum.GetValues<ItemType>())
        {
            if (text.Equals(type.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return type;
            }
        }

        fields.Error(ContentCodes.InvalidValue, $"'type' must be one of report, statement, announcement, news; found {ScalarNode.Quote(text)}", fields.Node("type")!);
        return null;
    }

    /// <summary>The written <c>slug</c> must already be slug-shaped (it names a folder); else the title's slug.</summary>
    public static string? Slug(FieldReader fields, string? title)
    {
        FrontMatterNode? node = fields.Node("slug");
        if (node is null)
        {
            return title is null ? null : Slugifier.Slugify(title);
        }

        if (fields.TextOf(node, "'slug'") is not { } slug)
        {
            return null;
        }

        if (SlugRules.IsSlug(slug))
        {
            return slug;
        }

        string suggestion = Slugifier.Slugify(slug);
        fields.Error(
            ContentCodes.InvalidSlug,
            $"'slug' may only have lower-case letters a-z, digits and single hyphens (at most {SlugRules.MaxLength} characters), like {suggestion}; found {node.Describe()}",
            node);
        return null;
    }

    /// <summary>Old site paths; one path may be written without list brackets (<c>aliases: /old.html</c>).</summary>
    public static ImmutableArray<string> Aliases(FieldReader fields)
    {
        ImmutableArray<TextEntry> entries = fields.TextList("aliases", singleAllowed: true, "[/news/old-page.html]");
        ImmutableArray<string>.Builder aliases = ImmutableArray.CreateBuilder<string>(entries.Length);
        foreach (TextEntry entry in entries)
        {
            if (PathRules.CheckAlias(entry.Value) is { } reason)
            {
                fields.Error(ContentCodes.InvalidAlias, $"each alias must be an old path on this site, like /news/old-page.html: {reason}; found {ScalarNode.Quote(entry.Value)}", entry.Node);
            }
            else if (!aliases.Contains(entry.Value))
            {
                aliases.Add(entry.Value);
            }
        }

        return aliases.ToImmutable();
    }
}
