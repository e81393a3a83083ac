using System.Collections.Immutable;

namespace Annals.Web.Authoring;

/// <summary>What <c>annals new post</c> was asked for. <see cref="Date"/> is the publication day (today by default).</summary>
public sealed record NewPost(string Title, DateOnly Date, string? EventId, ImmutableArray<string> Topics);
