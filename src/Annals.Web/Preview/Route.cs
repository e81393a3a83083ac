namespace Annals.Web.Preview;

/// <summary>What the preview answers to a request path: a file, a redirect, the 404 page, or a refusal.</summary>
public sealed record Route(RouteKind Kind, int Status, string? OutputPath = null, string? Location = null)
{
    public static Route File(string outputPath) => new(RouteKind.File, 200, outputPath);

    public static Route Redirect(string location, int status) => new(RouteKind.Redirect, status, Location: location);

    public static Route NotFound(string? pageOutputPath) => new(RouteKind.NotFound, 404, pageOutputPath);

    public static Route Refused() => new(RouteKind.Refused, 400);
}
