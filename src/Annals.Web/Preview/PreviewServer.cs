using System.Net;
using System.Text;
using Annals.Web.Building;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Annals.Web.Preview;

/// <summary>
/// Serves a <see cref="SiteSnapshot"/> from memory with Kestrel, on 127.0.0.1 only (a preview is for the person at
/// this computer, never for the network). <see cref="Publish"/> swaps in a new snapshot in one step, so a request
/// sees the old site or the new one, never a mix. HTML pages get the live-reload script; nothing else is changed.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly byte[] FallbackNotFound = Encoding.UTF8.GetBytes("<!DOCTYPE html><title>Not found</title><p>This address is not part of the site.</p>");

    private readonly WebApplication _app;
    private readonly EditorEndpoints? _editor;
    private readonly CancellationTokenSource _stopping = new();
    private volatile State _state = new(SiteSnapshot.Empty, RedirectRules.None);

    private PreviewServer(WebApplication app, Uri address, EditorEndpoints? editor)
    {
        _app = app;
        Address = address;
        _editor = editor;
    }

    /// <summary>The address to open, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri Address { get; }

    public LiveReloadHub Hub { get; } = new();

    public SiteSnapshot Site => _state.Site;

    /// <param name="port">The port on 127.0.0.1; 0 picks a free one (tests).</param>
    /// <param name="cancellationToken">Stops the start.</param>
    /// <exception cref="IOException">The port is taken by another program.</exception>
    public static Task<PreviewServer> StartAsync(int port, CancellationToken cancellationToken = default) =>
        StartAsync(port, null, cancellationToken);

    /// <param name="port">The port on 127.0.0.1; 0 picks a free one (tests).</param>
    /// <param name="editor">The web editor's endpoints (<c>annals serve --cms</c>), or null.</param>
    /// <param name="cancellationToken">Stops the start.</param>
    /// <exception cref="IOException">The port is taken by another program.</exception>
    public static async Task<PreviewServer> StartAsync(int port, EditorEndpoints? editor, CancellationToken cancellationToken = default)
    {
        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options => options.Listen(IPAddress.Loopback, port));
        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton<Microsoft.Extensions.Hosting.IHostLifetime, QuietLifetime>();
        WebApplication app = builder.Build();
        PreviewServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        string bound = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new PreviewServer(app, new Uri(bound.TrimEnd('/') + "/"), editor);
        return server;
    }

    /// <summary>Serves <paramref name="site"/> from now on.</summary>
    public void Publish(SiteSnapshot site)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (site.Version < _state.Site.Version)
        {
            // A search update composed just before a newer rebuild: the rebuild's site stays.
            return;
        }

        RedirectRules rules = site.Find(PreviewRouter.RedirectsFile) is { Path: null } file
            ? RedirectRules.Parse(Encoding.UTF8.GetString(file.Bytes.Span))
            : RedirectRules.None;
        _state = new State(site, rules);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        HttpResponse response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";

        // The raw target, so that an encoded %2e%2e is judged as sent, not after the server decoded it.
        string raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/";
        int query = raw.IndexOfAny(['?', '#']);
        string rawPath = query >= 0 ? raw[..query] : raw;
        if (_editor is not null && await _editor.TryHandleAsync(context, rawPath, Address).ConfigureAwait(false))
        {
            return;
        }

        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        if (string.Equals(rawPath, LiveReloadScript.EventsPath, StringComparison.Ordinal))
        {
            await Hub.ServeAsync(context, _stopping.Token).ConfigureAwait(false);
            return;
        }

        if (string.Equals(rawPath, LiveReloadScript.ScriptPath, StringComparison.Ordinal))
        {
            response.ContentType = "text/javascript; charset=utf-8";
            await response.WriteAsync(LiveReloadScript.Source, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        State state = _state;
        Route route = PreviewRouter.Resolve(state.Site, rawPath, state.Redirects);
        switch (route.Kind)
        {
            case RouteKind.Refused:
                response.StatusCode = StatusCodes.Status400BadRequest;
                response.ContentType = "text/plain; charset=utf-8";
                await response.WriteAsync("This address is not a path inside the site.", context.RequestAborted).ConfigureAwait(false);
                return;
            case RouteKind.Redirect:
                response.StatusCode = route.Status;
                response.Headers.Location = route.Location + context.Request.QueryString;
                return;
            case RouteKind.NotFound when route.OutputPath is null:
                response.StatusCode = StatusCodes.Status404NotFound;
                await SendAsync(context, "404.html", FallbackNotFound).ConfigureAwait(false);
                return;
            default:
                response.StatusCode = route.Status;
                await SendFileAsync(context, route.OutputPath!, state.Site.Find(route.OutputPath!)!).ConfigureAwait(false);
                return;
        }
    }

    private static async Task SendFileAsync(HttpContext context, string outputPath, SiteFile file)
    {
        if (file.Path is { } path)
        {
            // An asset copied as it is: read it now (it may have been replaced since the build, which is fine).
            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(path, context.RequestAborted).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await SendAsync(context, outputPath, bytes).ConfigureAwait(false);
            return;
        }

        await SendAsync(context, outputPath, file.Bytes).ConfigureAwait(false);
    }

    private static async Task SendAsync(HttpContext context, string outputPath, ReadOnlyMemory<byte> bytes)
    {
        string type = ContentTypes.Of(outputPath);
        // Not into the web editor: a reload after each save would throw away what the editor shows.
        if (type.StartsWith("text/html", StringComparison.Ordinal) && !outputPath.StartsWith(Cms.WriteAdmin.Folder + "/", StringComparison.Ordinal))
        {
            bytes = LiveReloadScript.Inject(bytes.Span);
        }

        context.Response.ContentType = type;
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private sealed record State(SiteSnapshot Site, RedirectRules Redirects);
}
