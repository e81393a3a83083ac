using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;

using Annals.Web.Rendering;

namespace Annals.Web.Building;

/// <summary>
/// Hashes a view model by value: every public property, strings, numbers, lists and nested records, in a fixed
/// order. Two models that would render the same page hash the same; a changed title anywhere in a list does not.
/// Faster than serializing to JSON and hashing the text (no escaping, no transcoding): each view type's properties
/// are listed and sorted once, then read through reflection, which the native (ahead-of-time) build compiles too;
/// generated code (expression trees) would be interpreted there.
/// </summary>
internal static class ModelHasher
{
    private const int MaxDepth = 64;

    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();

    /// <param name="layout">The layout the model is rendered with.</param>
    /// <param name="model">The page's view model.</param>
    /// <param name="summaries">The hashes of the item summaries met so far in this run, or null to hash each again.</param>
    public static UInt128 Hash(string layout, object model, SummaryHashes? summaries = null)
    {
        var builder = new HashBuilder();
        builder.Add(layout);
        Visit(model, builder, 0, summaries);
        return builder.Finish();
    }

    private static void Visit(object? value, HashBuilder builder, int depth, SummaryHashes? summaries)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException("A view model is nested too deeply to hash; does it refer to itself?");
        }

        switch (value)
        {
            case null:
                builder.Add((byte)0);
                break;
            case string text:
                AddText(text, builder);
                break;
            case IConvertible scalar:
                // Numbers, booleans, enums met as list elements or untyped properties.
                builder.Add((byte)2);
                builder.Add(scalar.ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            case RawHtml html:
                // A body is hashed in the UTF-8 it is kept in; decoding it to hash it cost a string per page.
                builder.Add((byte)6);
                if (html.TryGetUtf8(out ReadOnlySpan<byte> utf8))
                {
                    builder.Add(utf8);
                    GC.KeepAlive(html);
                }
                else
                {
                    builder.Add(html.Html);
                }

                break;
            case ItemSummary summary:
                builder.Add((byte)7);
                builder.Add(summaries is null ? HashOf(summary) : summaries.Of(summary, HashOf));
                break;
            case DateOnly day:
                builder.Add((byte)3);
                builder.Add(day.DayNumber);
                break;
            case IEnumerable list:
                builder.Add((byte)4);
                int count = 0;
                foreach (object? element in list)
                {
                    Visit(element, builder, depth + 1, summaries);
                    count++;
                }

                builder.Add(count);
                break;
            default:
                builder.Add((byte)5);
                VisitMembers(value, builder, depth, summaries);
                break;
        }
    }

    private static UInt128 HashOf(ItemSummary summary)
    {
        var builder = new HashBuilder();
        VisitMembers(summary, builder, 0, summaries: null);
        return builder.Finish();
    }

    private static void AddText(string? text, HashBuilder builder)
    {
        if (text is null)
        {
            builder.Add((byte)0);
            return;
        }

        builder.Add((byte)1);
        builder.Add(text);
    }

    /// <summary>The properties of a view model by name, each hashed by its declared type.</summary>
    private static void VisitMembers(object value, HashBuilder builder, int depth, SummaryHashes? summaries)
    {
        foreach (Member member in Members.GetOrAdd(value.GetType(), MembersOf))
        {
            object? read = member.Property.GetValue(value);
            switch (member.Kind)
            {
                case MemberKind.Text:
                    AddText((string?)read, builder);
                    break;
                case MemberKind.Int:
                    builder.Add((int)read!);
                    break;
                case MemberKind.Number:
                    builder.Add(read switch
                    {
                        bool flag => flag ? 1L : 0L,
                        DateOnly day => day.DayNumber,
                        _ => ((IConvertible)read!).ToInt64(System.Globalization.CultureInfo.InvariantCulture),
                    });
                    break;
                case MemberKind.Array:
                    AddArray(read!, member.Unset!, builder, depth + 1, summaries);
                    break;
                default:
                    // A nullable value arrives boxed as null or as its value, which Visit tells apart.
                    Visit(read, builder, depth + 1, summaries);
                    break;
            }
        }
    }

    /// <summary>An <see cref="ImmutableArray{T}"/>, boxed; <paramref name="unset"/> is its type's default value, boxed.</summary>
    private static void AddArray(object array, object unset, HashBuilder builder, int depth, SummaryHashes? summaries)
    {
        // A default ImmutableArray cannot be enumerated; it equals another default one of its type.
        if (array.Equals(unset))
        {
            builder.Add((byte)0);
            return;
        }

        builder.Add((byte)4);
        int count = 0;
        foreach (object? element in (IEnumerable)array)
        {
            Visit(element, builder, depth + 1, summaries);
            count++;
        }

        builder.Add(count);
    }

    [UnconditionalSuppressMessage(
        "Trimming",
        "IL2070:UnrecognizedReflectionPattern",
        Justification = "View models are Annals.Web's own types (and anonymous types in it), whose assembly the native build keeps whole (TrimmerRootAssembly in Annals.Cli.csproj), as the theme reads their properties by name too.")]
    [UnconditionalSuppressMessage(
        "Trimming",
        "IL2072:UnrecognizedReflectionPattern",
        Justification = "ImmutableArray<T> is a struct: its default value is zeroed memory, made without a constructor.")]
    private static Member[] MembersOf(Type type) =>
    [
        .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => p.PropertyType switch
            {
                Type kind when kind == typeof(string) => new Member(p, MemberKind.Text, null),
                Type kind when kind == typeof(int) => new Member(p, MemberKind.Int, null),
                Type kind when kind == typeof(bool) || kind == typeof(DateOnly) || kind.IsEnum || kind == typeof(long) => new Member(p, MemberKind.Number, null),
                Type kind when kind.IsGenericType && kind.GetGenericTypeDefinition() == typeof(ImmutableArray<>) =>
                    new Member(p, MemberKind.Array, RuntimeHelpers.GetUninitializedObject(kind)),
                _ => new Member(p, MemberKind.Other, null),
            }),
    ];

    private enum MemberKind
    {
        Text,
        Int,
        Number,
        Array,
        Other,
    }

    private sealed record Member(PropertyInfo Property, MemberKind Kind, object? Unset);
}
