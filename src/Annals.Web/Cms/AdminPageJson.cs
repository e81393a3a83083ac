using System.Text.Json.Serialization;

namespace Annals.Web.Cms;

/// <summary>The JSON of <see cref="AdminPage.RequiredWith"/>, generated at compile time (the native build cannot serialize by reflection).</summary>
[JsonSerializable(typeof(Dictionary<string, Dictionary<string, Dictionary<string, string>>>), TypeInfoPropertyName = "RequiredWith")]
internal sealed partial class AdminPageJson : JsonSerializerContext;
