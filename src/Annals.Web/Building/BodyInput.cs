using System.Collections.Immutable;

namespace Annals.Web.Building;

/// <summary>What a rendered body depends on: its Markdown, the line it starts at, and the allowed video hosts.</summary>
public readonly record struct BodyInput(string Markdown, int Line, ImmutableArray<string> VideoHosts);
