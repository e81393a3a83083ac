using Spectre.Console;

namespace Annals.Cli;

/// <summary>A Spectre console that writes to the given stream with colours, for when it is known to be a terminal.</summary>
internal static class Terminal
{
    public static IAnsiConsole For(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
        Interactive = InteractionSupport.Detect,
        Out = new AnsiConsoleOutput(writer),
    });
}
