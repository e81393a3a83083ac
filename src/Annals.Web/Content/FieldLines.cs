using System.Collections.Immutable;

namespace Annals.Web.Content;

/// <summary>
/// The file line of each key of a front-matter map, kept on the models so that later stages (the site
/// graph, redirects, link checks) can report <c>path:line</c> at the key that caused a problem.
/// List entries are recorded too, so that e.g. one bad alias of several can be pointed at.
/// </summary>
/// <remarks>
/// Every item keeps its lines for the whole build, so they are one small array searched in order (a front matter
/// has a few dozen keys and entries at most; a settings file may have more, but is asked about a few times) rather
/// than a dictionary with a string per list entry, some forty objects per item for the collector to trace. At
/// 100,000 items the array took about 300 MB off the build's peak memory.
/// </remarks>
public sealed class FieldLines
{
    public static readonly FieldLines Empty = new([], 0);

    public FieldLines(ImmutableArray<FieldLine> lines, int fallbackLine)
    {
        Lines = lines;
        FallbackLine = fallbackLine;
    }

    /// <summary>The line of each key, and of each list entry (with its <see cref="FieldLine.Index"/>).</summary>
    public ImmutableArray<FieldLine> Lines { get; }

    /// <summary>The line used for keys that were not written (the opening '---', or 0 for unknown).</summary>
    public int FallbackLine { get; }

    /// <summary>The line of <paramref name="key"/>, or <see cref="FallbackLine"/> when it was not written.</summary>
    public int this[string key] => Find(key, FieldLine.KeyItself) ?? FallbackLine;

    /// <summary>The line of entry <paramref name="index"/> of the list under <paramref name="key"/>, else of the key.</summary>
    public int Of(string key, int index) => Find(key, index) ?? this[key];

    public bool Contains(string key) => Find(key, FieldLine.KeyItself) is not null;

    public static FieldLines From(MappingNode map, int fallbackLine)
    {
        ArgumentNullException.ThrowIfNull(map);
        int count = map.Entries.Length;
        foreach ((_, FrontMatterNode value) in map.Entries)
        {
            count += value is SequenceNode sequence ? sequence.Items.Length : 0;
        }

        var lines = ImmutableArray.CreateBuilder<FieldLine>(count);
        foreach ((ScalarNode key, FrontMatterNode value) in map.Entries)
        {
            // A mapping's keys are unique: the parser reports a second writing and leaves it out.
            lines.Add(new FieldLine(key.Value, FieldLine.KeyItself, key.Line));
            if (value is SequenceNode sequence)
            {
                for (int i = 0; i < sequence.Items.Length; i++)
                {
                    lines.Add(new FieldLine(key.Value, i, sequence.Items[i].Line));
                }
            }
        }

        return new FieldLines(lines.MoveToImmutable(), fallbackLine);
    }

    private int? Find(string key, int index)
    {
        foreach (FieldLine line in Lines)
        {
            if (line.Index == index && line.Key == key)
            {
                return line.Line;
            }
        }

        return null;
    }
}
