using Microsoft.Extensions.Hosting;

namespace Annals.Web.Preview;

/// <summary>
/// Keeps the web host from handling Ctrl+C itself: the command line owns Ctrl+C (it cancels the serve loop, which
/// then stops the server). With the host's default console lifetime the two fought over the signal and the process
/// never ended.
/// </summary>
internal sealed class QuietLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
