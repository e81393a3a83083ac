using System.Runtime.CompilerServices;

namespace Annals.Web.Building;

/// <summary>
/// A number that stays with an object for its lifetime and is never given to another object. A preview session
/// hands back the very same parsed item and rendered body while their file is unchanged, so the number stamps their
/// content without hashing it.
/// </summary>
public static class ObjectIdentity
{
    private static readonly ConditionalWeakTable<object, StrongBox<long>> Numbers = [];
    private static long s_last;

    public static UInt128 Of(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return (ulong)Numbers.GetValue(value, _ => new StrongBox<long>(Interlocked.Increment(ref s_last))).Value;
    }
}
