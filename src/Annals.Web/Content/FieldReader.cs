using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Annals.Pipeline.Diagnostics;
using Annals.Web.Content.Model;

namespace Annals.Web.Content;

/// <summary>
/// Typed access to one map of front matter, with our own typing rather than YAML's: booleans are only
/// <c>true</c>/<c>false</c>, numbers are decimal (<c>024</c> is 24, never octal), dates are ISO days or
/// times with an offset. Every problem is reported at the line and column of the offending value (or
/// key), in words that say what to write instead; the value is then treated as absent so that reading
/// goes on and the whole file's problems are reported at once.
/// </summary>
public sealed class FieldReader
{
    private readonly IDiagnosticSink _sink;

    public FieldReader(string sourcePath, MappingNode map, IDiagnosticSink sink, SourceLocation missingKeyLocation)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(sink);
        SourcePath = sourcePath;
        Map = map;
        _sink = sink;
        MissingKeyLocation = missingKeyLocation;
    }

    public string SourcePath { get; }

    public MappingNode Map { get; }

    /// <summary>Where keys missing from this map are reported (the opening '---', or the key owning a nested map).</summary>
    public SourceLocation MissingKeyLocation { get; }

    /// <summary>The value under <paramref name="key"/>, or null when it is not written or written empty.</summary>
    public FrontMatterNode? Node(string key) =>
        Map.TryGetEntry(key, out _, out FrontMatterNode? value) && value is not ScalarNode { IsNull: true } ? value : null;

    /// <summary>Where <paramref name="key"/> is written, or where a missing key is reported.</summary>
    public SourceLocation LocationOf(string key) =>
        Map.TryGetEntry(key, out ScalarNode? keyNode, out _) ? LocationOf(keyNode) : MissingKeyLocation;

    public SourceLocation LocationOf(FrontMatterNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new SourceLocation(SourcePath, node.Line, node.Column);
    }

    /// <summary>One line of text (runs of white space, line breaks included, become one space), or null.</summary>
    public string? Text(string key) => Node(key) is { } node ? TextOf(node, $"'{key}'") : null;

    /// <summary>Like <see cref="Text"/>, but a missing or empty value is an error with an example line.</summary>
    public string? RequiredText(string key, string example) => Node(key) switch
    {
        null => Missing(key, example),
        ScalarNode scalar when CollapseWhiteSpace(scalar.Value).Length == 0 => Missing(key, example),
        FrontMatterNode node => TextOf(node, $"'{key}'"),
    };

    /// <summary>The required text of a field of the content model, with the model's example in the message.</summary>
    public string? RequiredText(ContentField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return RequiredText(field.Name, field.Example);
    }

    public ContentDate? Date(string key) => Node(key) is { } node ? DateOf(node, key) : null;

    public ContentDate? RequiredDate(string key) => RequiredDate(key, "2024-04-18");

    /// <summary>The required date of a field of the content model, with the model's example in the message.</summary>
    public ContentDate? RequiredDate(ContentField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return RequiredDate(field.Name, field.Example);
    }

    private ContentDate? RequiredDate(string key, string example)
    {
        if (Node(key) is { } node)
        {
            return DateOf(node, key);
        }

        Missing(key, example);
        return null;
    }

    /// <summary><c>true</c> or <c>false</c> without quotes; <c>yes</c>, <c>on</c>, <c>"false"</c> and <c>0</c> are errors.</summary>
    public bool? Boolean(string key)
    {
        if (Node(key) is not { } node)
        {
            return null;
        }

        if (node is ScalarNode { IsPlain: true } scalar)
        {
            if (scalar.Value.Equals("true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (scalar.Value.Equals("false", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        string hint = node is ScalarNode { IsPlain: false } ? " without quotes" : string.Empty;
        Error(ContentCodes.InvalidValue, $"'{key}' must be true or false{hint}; found {node.Describe()}", node);
        return null;
    }

    /// <summary>A whole decimal number of at least <paramref name="minimum"/>, written without quotes.</summary>
    public int? WholeNumber(string key, int minimum, string example)
    {
        if (Node(key) is not { } node)
        {
            return null;
        }

        if (node is ScalarNode { IsPlain: true } scalar && IsDecimal(scalar.Value))
        {
            if (int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) && value >= minimum)
            {
                return value;
            }

            Error(ContentCodes.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"'{key}' must be a whole number of at least {minimum}, like {example}; found {node.Describe()}"), node);
            return null;
        }

        string hint = node is ScalarNode { IsPlain: false } ? " written without quotes" : string.Empty;
        Error(ContentCodes.InvalidValue, $"'{key}' must be a whole number{hint}, like {example}; found {node.Describe()}", node);
        return null;
    }

    /// <summary>A link: an http(s) address or a site path starting with '/' (see <see cref="PathRules.CheckLink"/>).</summary>
    public string? Url(string key)
    {
        if (Node(key) is not { } node || TextOf(node, $"'{key}'") is not { } text)
        {
            return null;
        }

        if (PathRules.CheckLink(text) is { } reason)
        {
            Error(ContentCodes.InvalidUrl, $"'{key}' must be a web address like https://example.org/page or a site path like /events/; {reason}; found {node.Describe()}", node);
            return null;
        }

        return text;
    }

    /// <summary>
    /// A list of texts. A single value where a list is expected is taken as a one-entry list only when
    /// <paramref name="singleAllowed"/> (e.g. <c>topics: OSCE</c>); otherwise it is an error with a hint.
    /// </summary>
    public ImmutableArray<TextEntry> TextList(string key, bool singleAllowed, string example)
    {
        FrontMatterNode? node = Node(key);
        if (node is null)
        {
            return [];
        }

        if (node is ScalarNode scalar && singleAllowed)
        {
            return TextOf(scalar, $"'{key}'") is { } single ? [new TextEntry(single, scalar)] : [];
        }

        if (node is not SequenceNode sequence)
        {
            Error(ContentCodes.InvalidValue, $"'{key}' must be a list, like {key}: {example}, or one '- ' line per entry under '{key}:'; found {node.Describe()}", node);
            return [];
        }

        ImmutableArray<TextEntry>.Builder entries = ImmutableArray.CreateBuilder<TextEntry>(sequence.Items.Length);
        foreach (FrontMatterNode item in sequence.Items)
        {
            if (item is ScalarNode { IsNull: true })
            {
                Error(ContentCodes.InvalidValue, $"an entry of '{key}' is empty; remove it or write a value", item);
            }
            else if (TextOf(item, $"each entry of '{key}'") is { } text)
            {
                entries.Add(new TextEntry(text, item));
            }
        }

        return entries.ToImmutable();
    }

    /// <summary>The list under <paramref name="key"/>, or an error saying how to write it (<paramref name="howTo"/>).</summary>
    public SequenceNode? List(string key, string howTo)
    {
        FrontMatterNode? node = Node(key);
        if (node is null or SequenceNode)
        {
            return (SequenceNode?)node;
        }

        Error(ContentCodes.InvalidValue, $"'{key}' must be a list, {howTo}; found {node.Describe()}", node);
        return null;
    }

    /// <summary>A reader over a map nested under <paramref name="ownerKey"/>; its missing keys are reported at that key.</summary>
    public FieldReader Nested(MappingNode map, string ownerKey) =>
        new(SourcePath, map, _sink, LocationOf(ownerKey));

    /// <summary>A reader over a map that is an entry of a list; its missing keys are reported at the entry.</summary>
    public FieldReader Nested(MappingNode map) =>
        new(SourcePath, map, _sink, LocationOf(map));

    /// <summary>Warns about each key not in <paramref name="known"/>, suggesting the closest known key.</summary>
    public void WarnUnknownKeys(IReadOnlyCollection<string> known, string what)
    {
        ArgumentNullException.ThrowIfNull(known);
        foreach ((ScalarNode key, _) in Map.Entries)
        {
            if (known.Contains(key.Value, StringComparer.Ordinal))
            {
                continue;
            }

            string message = KeySuggester.Suggest(key.Value, known) is { } suggestion
                ? $"unknown key '{key.Value}' is ignored; did you mean '{suggestion}'?"
                : $"unknown key '{key.Value}' is ignored; {what} can have: {string.Join(", ", known)}";
            _sink.Report(Diagnostic.Warning(ContentCodes.UnknownKey, message, LocationOf(key)));
        }
    }

    /// <summary>A single line of text from a node, or null after reporting why it is not one.</summary>
    public string? TextOf(FrontMatterNode node, string what)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node is not ScalarNode scalar)
        {
            Error(ContentCodes.InvalidValue, $"{what} must be text on one line; found {node.Describe()} (put text with commas or colons in quotes)", node);
            return null;
        }

        string value = scalar.Value;
        for (int i = 0; i < value.Length; i++)
        {
            // Escapes in double quotes ("\x01", "\uFFFE", "\uD800") can write characters no page or feed may hold.
            char c = value[i];
            if (i + 1 < value.Length && char.IsSurrogatePair(c, value[i + 1]))
            {
                i++;
                continue;
            }

            if ((char.IsControl(c) && c is not ('\n' or '\t')) || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
            {
                string code = string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}");
                Error(ContentCodes.ControlCharacter, $"{what} contains an invisible control character ({code}); retype the text", node);
                return null;
            }
        }

        string text = CollapseWhiteSpace(scalar.Value);
        return scalar.IsNull || text.Length == 0 ? null : text;
    }

    public void Error(string code, string message, FrontMatterNode node) =>
        _sink.Report(Diagnostic.Error(code, message, LocationOf(node)));

    public void Error(string code, string message, string key) =>
        _sink.Report(Diagnostic.Error(code, message, LocationOf(key)));

    public void Warning(string code, string message, string key) =>
        _sink.Report(Diagnostic.Warning(code, message, LocationOf(key)));

    private ContentDate? DateOf(FrontMatterNode node, string key)
    {
        if (node is ScalarNode scalar && ContentDate.TryParse(scalar.Value, out ContentDate date))
        {
            return date;
        }

        Error(
            ContentCodes.InvalidValue,
            $"'{key}' must be a date like 2024-04-18 (or 2024-04-18T09:30:00+02:00 with a time zone offset); found {node.Describe()}",
            node);
        return null;
    }

    /// <summary>Reports that a required key is missing or empty, with an example line; returns null.</summary>
    public string? Missing(string key, string example)
    {
        string message = Map.ContainsKey(key)
            ? $"'{key}' is empty; write a value after '{key}:', like {key}: {example}"
            : $"'{key}' is required; add a line like {key}: {example}";
        Error(ContentCodes.MissingValue, message, key);
        return null;
    }

    private static bool IsDecimal(string value)
    {
        ReadOnlySpan<char> digits = value.StartsWith('-') ? value.AsSpan(1) : value;
        return digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9');
    }

    private static string CollapseWhiteSpace(string value)
    {
        StringBuilder builder = new(value.Length);
        bool space = false;
        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
