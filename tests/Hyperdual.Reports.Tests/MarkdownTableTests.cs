namespace Hyperdual.Reports.Tests;

public sealed class MarkdownTableTests
{
    [Fact]
    public void RendersHeaderAlignmentAndEscapedCells()
    {
        string md = MarkdownTable.Render(["method", "median"], [["FoMoH|KD", "1e-3"], ["two\nlines", "2"]], [false, true]);
        Assert.Equal("| method | median |\n| --- | ---: |\n| FoMoH\\|KD | 1e-3 |\n| two lines | 2 |\n", md);
    }

    [Fact]
    public void RejectsMismatchedShapes()
    {
        Assert.Equal("rows", Assert.Throws<ArgumentException>(() => MarkdownTable.Render(["a"], [["1", "2"]])).ParamName);
        Assert.Equal("rightAligned", Assert.Throws<ArgumentException>(() => MarkdownTable.Render(["a"], [], [true, false])).ParamName);
        Assert.Equal("header", Assert.Throws<ArgumentException>(() => MarkdownTable.Render([], [])).ParamName);
    }
}
