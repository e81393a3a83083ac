using System.Text.Json.Serialization;

namespace Annals.Web.Preview;

/// <summary>The data of a "reload" event: the version of the site now served.</summary>
internal sealed record ReloadEvent(long Version);

/// <summary>The data of a "build-error" event: what is wrong, as the build reported it.</summary>
internal sealed record BuildErrorEvent(string Message);

/// <summary>The events' JSON, generated at compile time (the native build cannot serialize by reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ReloadEvent))]
[JsonSerializable(typeof(BuildErrorEvent))]
internal sealed partial class LiveReloadJson : JsonSerializerContext;
