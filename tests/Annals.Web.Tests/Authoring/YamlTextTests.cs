using Annals.Web.Authoring;

namespace Annals.Web.Tests.Authoring;

public sealed class YamlTextTests
{
    [Theory]
    [InlineData("Report on the Alliance conference", "Report on the Alliance conference")]
    [InlineData("Report: the conference", "\"Report: the conference\"")]
    [InlineData("\"Quoted\" title", "\"\\\"Quoted\\\" title\"")]
    [InlineData("2024", "\"2024\"")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("# not a comment", "\"# not a comment\"")]
    [InlineData("Genève – talks", "Genève – talks")]
    public void Values_are_quoted_only_when_yaml_would_misread_them(string value, string expected) =>
        Assert.Equal(expected, YamlText.Scalar(value));

    [Fact]
    public void List_entries_with_commas_are_quoted() =>
        Assert.Equal("[OSCE, \"Peace, security\"]", YamlText.FlowList(["OSCE", "Peace, security"]));
}
