using System.Net.Sockets;
using System.Text;

namespace Annals.Web.Tests.Preview;

/// <summary>
/// Sends a request line exactly as written. HttpClient would clean <c>/../</c> out of a path before sending it,
/// which is what an attacker's tool does not do.
/// </summary>
internal static class RawHttp
{
    public static async Task<string> GetStatusLineAsync(Uri server, string rawTarget, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, cancellationToken);
        await using NetworkStream stream = client.GetStream();
        byte[] request = Encoding.ASCII.GetBytes($"GET {rawTarget} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request, cancellationToken);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        return await reader.ReadLineAsync(timeout.Token) ?? string.Empty;
    }
}
