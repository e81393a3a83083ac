using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Annals.Web.Cms;

/// <summary>
/// Writes the editor's configuration (ordered maps, lists, text, booleans and numbers) as block YAML through
/// YamlDotNet's emitter, which chooses the quoting YAML's syntax needs. YamlDotNet's serializer would do the same by
/// reflection, which the native build does not support.
/// </summary>
internal static partial class CmsConfigYaml
{
    public static string Write(object? value)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var emitter = new Emitter(text);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        Emit(emitter, value);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void Emit(Emitter emitter, object? value)
    {
        switch (value)
        {
            case null:
                emitter.Emit(new Scalar(null, null, "null", ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
                break;
            case string text:
                // Decap reads YAML 1.2, where a plain "true", "2024" or "null" is not text: such values are quoted.
                ScalarStyle style = ReadAsOtherThanText(text) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any;
                emitter.Emit(new Scalar(null, null, text, style, isPlainImplicit: true, isQuotedImplicit: true));
                break;
            case bool flag:
                emitter.Emit(new Scalar(null, null, flag ? "true" : "false", ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
                break;
            case int number:
                emitter.Emit(new Scalar(null, null, number.ToString(CultureInfo.InvariantCulture), ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Block));
                foreach ((string key, object? entry) in map)
                {
                    Emit(emitter, key);
                    Emit(emitter, entry);
                }

                emitter.Emit(new MappingEnd());
                break;
            case IEnumerable list:
                emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
                foreach (object? entry in list)
                {
                    Emit(emitter, entry);
                }

                emitter.Emit(new SequenceEnd());
                break;
            default:
                throw new ArgumentException($"The editor's configuration holds a {value.GetType().Name}, which it cannot write as YAML.", nameof(value));
        }
    }

    /// <summary>Empty, a null or boolean word (YAML 1.1's too), or what starts like a number.</summary>
    private static bool ReadAsOtherThanText(string text) => text.Length == 0 || NotText().IsMatch(text);

    [GeneratedRegex(@"^(?:[-+.]?[0-9]|[-+]?\.(?:inf|nan)$|(?:~|null|true|false|yes|no|y|n|on|off)$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotText();
}
