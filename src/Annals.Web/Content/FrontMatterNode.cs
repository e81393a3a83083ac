using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Annals.Web.Content;

/// <summary>
/// One value of front matter or a YAML file, with the real 1-based file line and column where it was
/// written. Our own small tree (rather than YamlDotNet's nodes) so that a duplicate key can be reported
/// and reading can go on, and so that nothing downstream depends on YamlDotNet's types.
/// </summary>
public abstract class FrontMatterNode
{
    private protected FrontMatterNode(int line, int column)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }

    /// <summary>Plain words for messages: "a list", "a group of keys", or the text in quotes.</summary>
    public abstract string Describe();
}

/// <summary>A single value. <see cref="IsPlain"/> is false for quoted and block ('|', '>') values.</summary>
public sealed class ScalarNode : FrontMatterNode
{
    public ScalarNode(string value, bool isPlain, int line, int column)
        : base(line, column)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    public bool IsPlain { get; }

    /// <summary>True for an empty value, <c>~</c> or <c>null</c> written without quotes: YAML's "nothing".</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "nothing" : Quote(Value);

    /// <summary>The value in double quotes, cut so that a long value does not flood the message.</summary>
    internal static string Quote(string value)
    {
        const int Max = 60;
        string shown = value.Length > Max ? string.Concat(value.AsSpan(0, Max), "…") : value;
        return "\"" + shown.Replace("\n", " ", StringComparison.Ordinal) + "\"";
    }
}

/// <summary>A list (<c>[a, b]</c> or lines starting with <c>- </c>).</summary>
public sealed class SequenceNode : FrontMatterNode
{
    public SequenceNode(ImmutableArray<FrontMatterNode> items, int line, int column)
        : base(line, column)
    {
        Items = items;
    }

    public ImmutableArray<FrontMatterNode> Items { get; }

    public override string Describe() => "a list";
}

/// <summary>A group of <c>key: value</c> lines. Keys are unique (duplicates were reported and dropped).</summary>
public sealed class MappingNode : FrontMatterNode
{
    public static readonly MappingNode Empty = new([], 0, 0);

    /// <summary>Front matter mappings have a dozen keys or fewer: up to this many are searched in order, without an index.</summary>
    private const int SearchedInOrder = 16;

    /// <summary>Each key's entry, for a larger mapping; null when the keys are searched in order.</summary>
    private readonly Dictionary<string, int>? _index;

    public MappingNode(ImmutableArray<KeyValuePair<ScalarNode, FrontMatterNode>> entries, int line, int column)
        : base(line, column)
    {
        Entries = entries;
        if (entries.Length > SearchedInOrder)
        {
            _index = new Dictionary<string, int>(entries.Length, StringComparer.Ordinal);
            for (int i = 0; i < entries.Length; i++)
            {
                _index.TryAdd(entries[i].Key.Value, i);
            }
        }
    }

    /// <summary>The entries in the order they were written.</summary>
    public ImmutableArray<KeyValuePair<ScalarNode, FrontMatterNode>> Entries { get; }

    public bool TryGetEntry(string key, [NotNullWhen(true)] out ScalarNode? keyNode, [NotNullWhen(true)] out FrontMatterNode? value)
    {
        int i = IndexOf(key);
        if (i >= 0)
        {
            (keyNode, value) = (Entries[i].Key, Entries[i].Value);
            return true;
        }

        (keyNode, value) = (null, null);
        return false;
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <summary>The first entry with this key (as the index keeps the first of duplicates), or -1.</summary>
    private int IndexOf(string key)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(key, out int found) ? found : -1;
        }

        for (int i = 0; i < Entries.Length; i++)
        {
            if (string.Equals(Entries[i].Key.Value, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    public override string Describe() => "a group of 'key: value' lines";
}
