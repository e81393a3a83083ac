using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Reflection;

using Annals.Web.Rendering;

namespace Annals.Web.Building;

/// <summary>
/// Hashes a view model by value: every public property, strings, numbers, lists and nested records, in a fixed
/// order. Two models that would render the same page hash the same; a changed title anywhere in a list does not.
/// Faster than serializing to JSON and hashing the text (no escaping, no transcoding, no boxing of numbers): each
/// view type gets a compiled hasher on first use, which reads its properties with their own types.
/// </summary>
internal static class ModelHasher
{
    private const int MaxDepth = 64;

    private static readonly ConcurrentDictionary<Type, Action<object, HashBuilder, int>> Hashers = new();

    private static readonly MethodInfo VisitMethod = Method(nameof(Visit));
    private static readonly MethodInfo TextMethod = Method(nameof(AddText));
    private static readonly MethodInfo ArrayMethod = Method(nameof(AddArray));
    private static readonly MethodInfo NullableMethod = Method(nameof(AddNullable));
    private static readonly MethodInfo IntMethod = typeof(HashBuilder).GetMethod(nameof(HashBuilder.Add), [typeof(int)])!;
    private static readonly MethodInfo LongMethod = typeof(HashBuilder).GetMethod(nameof(HashBuilder.Add), [typeof(long)])!;

    public static UInt128 Hash(string layout, object model)
    {
        var builder = new HashBuilder();
        builder.Add(layout);
        Visit(model, builder, 0);
        return builder.Finish();
    }

    private static void Visit(object? value, HashBuilder builder, int depth)
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
                }
                else
                {
                    builder.Add(html.Html);
                }

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
                    Visit(element, builder, depth + 1);
                    count++;
                }

                builder.Add(count);
                break;
            default:
                builder.Add((byte)5);
                Hashers.GetOrAdd(value.GetType(), Compile)(value, builder, depth);
                break;
        }
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

    private static void AddArray<T>(ImmutableArray<T> array, HashBuilder builder, int depth)
    {
        if (array.IsDefault)
        {
            builder.Add((byte)0);
            return;
        }

        builder.Add((byte)4);
        foreach (T element in array)
        {
            Visit(element, builder, depth + 1);
        }

        builder.Add(array.Length);
    }

    private static void AddNullable<T>(T? value, HashBuilder builder, int depth)
        where T : struct
    {
        if (value is { } present)
        {
            Visit(present, builder, depth + 1);
        }
        else
        {
            builder.Add((byte)0);
        }
    }

    /// <summary>One statement per public instance property, by name, each hashing the value with its own type.</summary>
    private static Action<object, HashBuilder, int> Compile(Type type)
    {
        ParameterExpression instance = Expression.Parameter(typeof(object), "instance");
        ParameterExpression builder = Expression.Parameter(typeof(HashBuilder), "builder");
        ParameterExpression depth = Expression.Parameter(typeof(int), "depth");
        ParameterExpression typed = Expression.Variable(type, "typed");
        Expression next = Expression.Add(depth, Expression.Constant(1));
        List<Expression> body = [Expression.Assign(typed, Expression.Convert(instance, type))];
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            Expression read = Expression.Property(typed, property);
            Type kind = property.PropertyType;
            body.Add(kind switch
            {
                _ when kind == typeof(string) => Expression.Call(TextMethod, read, builder),
                _ when kind == typeof(int) => Expression.Call(builder, IntMethod, read),
                _ when kind == typeof(bool) || kind == typeof(DateOnly) || kind.IsEnum || kind == typeof(long) =>
                    Expression.Call(builder, LongMethod, Expression.Convert(kind == typeof(DateOnly) ? Expression.Property(read, nameof(DateOnly.DayNumber)) : read, typeof(long))),
                _ when kind.IsGenericType && kind.GetGenericTypeDefinition() == typeof(ImmutableArray<>) =>
                    Expression.Call(ArrayMethod.MakeGenericMethod(kind.GetGenericArguments()), read, builder, next),
                _ when Nullable.GetUnderlyingType(kind) is { } inner => Expression.Call(NullableMethod.MakeGenericMethod(inner), read, builder, depth),
                _ => Expression.Call(VisitMethod, Expression.Convert(read, typeof(object)), builder, next),
            });
        }

        return Expression.Lambda<Action<object, HashBuilder, int>>(Expression.Block([typed], body), instance, builder, depth).Compile();
    }

    private static MethodInfo Method(string name) =>
        typeof(ModelHasher).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!;
}
