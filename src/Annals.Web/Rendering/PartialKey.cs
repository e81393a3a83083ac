using System.Runtime.CompilerServices;
using Scriban.Runtime;

namespace Annals.Web.Rendering;

/// <summary>
/// What the output of a cached include is remembered by: the partial's name and the values passed after it
/// (<c>include_cached 'item-summary' entry summary_level</c>). Text, numbers and other values compare by value; a view
/// object compares by identity, since the same item's summary is one object however many lists show it, and comparing
/// records field by field would cost more than the partial.
/// </summary>
internal readonly struct PartialKey : IEquatable<PartialKey>
{
    private readonly string _name;
    private readonly object?[] _values;
    private readonly int _hash;

    private PartialKey(string name, object?[] values)
    {
        _name = name;
        _values = values;
        var hash = new HashCode();
        hash.Add(name, StringComparer.Ordinal);
        foreach (object? value in values)
        {
            hash.Add(HashOf(value));
        }

        _hash = hash.ToHashCode();
    }

    /// <summary>
    /// The key of an include of <paramref name="name"/> with <paramref name="arguments"/> (the name first, then the
    /// values); false when a value is a template's own object or array, which the template may change after the call.
    /// </summary>
    public static bool TryCreate(string name, ScriptArray arguments, out PartialKey key)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var values = new object?[Math.Max(0, arguments.Count - 1)];
        for (int i = 0; i < values.Length; i++)
        {
            object? value = arguments[i + 1];
            if (value is IScriptObject)
            {
                key = default;
                return false;
            }

            values[i] = value;
        }

        key = new PartialKey(name, values);
        return true;
    }

    public bool Equals(PartialKey other)
    {
        if (_hash != other._hash || !string.Equals(_name, other._name, StringComparison.Ordinal) || _values.Length != other._values.Length)
        {
            return false;
        }

        for (int i = 0; i < _values.Length; i++)
        {
            if (!SameValue(_values[i], other._values[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is PartialKey other && Equals(other);

    public override int GetHashCode() => _hash;

    private static bool ComparedByValue(object value) => value is string || value.GetType().IsValueType;

    private static bool SameValue(object? a, object? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && ComparedByValue(a) && a.Equals(b));

    private static int HashOf(object? value) => value switch
    {
        null => 0,
        string text => StringComparer.Ordinal.GetHashCode(text),
        _ when value.GetType().IsValueType => value.GetHashCode(),
        _ => RuntimeHelpers.GetHashCode(value),
    };
}
