namespace Annals.Cli;

/// <summary>
/// What a command may use of the world: where to write, what day it is (tests fix it), and whether the error
/// stream is a terminal that shows colours and progress bars (never when redirected to a file or a pipe, or when
/// <c>NO_COLOR</c> is set). <see cref="ShowsProgress"/> is true for the real console only: output captured by a
/// program (tests) never gets progress lines, whatever the time a build takes.
/// </summary>
internal sealed record CliEnvironment(TextWriter Output, TextWriter Error, TimeProvider Clock, bool Interactive, bool ShowsProgress = false)
{
    /// <summary>For the real console: interactive only on a terminal without <c>NO_COLOR</c>.</summary>
    public static CliEnvironment For(TextWriter output, TextWriter error)
    {
        bool console = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        bool noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return new CliEnvironment(output, error, TimeProvider.System, console && !noColor, ReferenceEquals(error, Console.Error));
    }

    /// <summary>Today as the person at the computer sees it (their time zone decides the date).</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);
}
