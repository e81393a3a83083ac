using Annals.Pipeline.Diagnostics;

namespace Annals.Pipeline.Tests.Diagnostics;

public sealed class SourceLocationTests
{
    [Theory]
    [InlineData(0, 0, "input/a.md")]
    [InlineData(-1, 4, "input/a.md")]
    [InlineData(7, 0, "input/a.md:7")]
    [InlineData(7, -2, "input/a.md:7")]
    [InlineData(7, 3, "input/a.md:7:3")]
    public void Shows_line_and_column_only_when_known(int line, int column, string expected)
    {
        Assert.Equal(expected, new SourceLocation("input/a.md", line, column).ToString());
    }
}
