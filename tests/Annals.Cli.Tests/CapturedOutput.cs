namespace Annals.Cli.Tests;

/// <summary>
/// What a command running on other threads (<c>annals serve</c>) writes, readable while it still writes: the writer
/// is synchronized, and <see cref="Text"/> reads under the same lock. Reading the underlying StringWriter directly
/// raced with a write now and then (a StringBuilder read while it grows).
/// </summary>
internal sealed class CapturedOutput : IDisposable
{
    private readonly StringWriter _text = new();

    public CapturedOutput()
    {
        Writer = TextWriter.Synchronized(_text);
    }

    /// <summary>The writer to give the command; its methods lock on itself.</summary>
    public TextWriter Writer { get; }

    public string Text
    {
        get
        {
            lock (Writer)
            {
                return _text.ToString();
            }
        }
    }

    public void Dispose() => _text.Dispose();
}
