using System.Collections.Immutable;
using System.Globalization;

namespace Annals.Web.Content;

/// <summary>
/// The file line of each key of a front-matter map, kept on the models so that later stages (the site
/// graph, redirects, link checks) can report <c>path:line</c> at the key that caused a problem.
/// List entries are recorded too, as <c>key[0]</c>, <c>key[1]</c>..., so that e.g. one bad alias of
/// several can be pointed at.
/// </summary>
public sealed class FieldLines
{
    public static readonly FieldLines Empty = new(ImmutableDictionary<string, int>.Empty, 0);

    public FieldLines(ImmutableDictionary<string, int> lines, int fallbackLine)
    {
        Lines = lines;
        FallbackLine = fallbackLine;
    }

    /// <summary>Line of each key (and of each list entry as <c>key[i]</c>).</summary>
    public ImmutableDictionary<string, int> Lines { get; }

    /// <summary>The line used for keys that were not written (the opening '---', or 0 for unknown).</summary>
    public int FallbackLine { get; }

    /// <summary>The line of <paramref name="key"/>, or <see cref="FallbackLine"/> when it was not written.</summary>
    public int this[string key] => Lines.TryGetValue(key, out int line) ? line : FallbackLine;

    /// <summary>The line of entry <paramref name="index"/> of the list under <paramref name="key"/>, else of the key.</summary>
    public int Of(string key, int index) =>
        Lines.TryGetValue(Entry(key, index), out int line) ? line : this[key];

    public bool Contains(string key) => Lines.ContainsKey(key);

    public static FieldLines From(MappingNode map, int fallbackLine)
    {
        ArgumentNullException.ThrowIfNull(map);
        ImmutableDictionary<string, int>.Builder lines = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        foreach ((ScalarNode key, FrontMatterNode value) in map.Entries)
        {
            lines[key.Value] = key.Line;
            if (value is SequenceNode sequence)
            {
                for (int i = 0; i < sequence.Items.Length; i++)
                {
                    lines[Entry(key.Value, i)] = sequence.Items[i].Line;
                }
            }
        }

        return new FieldLines(lines.ToImmutable(), fallbackLine);
    }

    private static string Entry(string key, int index) => string.Create(CultureInfo.InvariantCulture, $"{key}[{index}]");
}
