namespace Annals.Web.Preview;

/// <summary>The kinds of answer the preview gives to a request path.</summary>
public enum RouteKind
{
    File,
    Redirect,
    NotFound,
    Refused,
}
