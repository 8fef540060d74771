namespace Hyperdual.Reports.Tests;

public sealed class CsvTableTests
{
    [Fact]
    public void QuotesOnlyFieldsThatNeedIt()
    {
        string csv = CsvTable.Render(["name", "value"], [["plain", "1.5"], ["a,b", "say \"hi\""], ["line\nbreak", ""]]);
        Assert.Equal("name,value\nplain,1.5\n\"a,b\",\"say \"\"hi\"\"\"\n\"line\nbreak\",\n", csv);
    }

    [Fact]
    public void NumbersUseInvariantRoundTripFormat()
    {
        Assert.Equal("0.1", CsvTable.Number(0.1));
        Assert.Equal("1e-300", CsvTable.Number(1e-300));
        Assert.Equal(0.1 + 0.2, double.Parse(CsvTable.Number(0.1 + 0.2), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("NaN", CsvTable.Number(double.NaN));
        Assert.Equal("Infinity", CsvTable.Number(double.PositiveInfinity));
        Assert.Equal("-Infinity", CsvTable.Number(double.NegativeInfinity));
    }

    [Fact]
    public void RejectsRowOfWrongWidth()
    {
        Assert.Equal("rows", Assert.Throws<ArgumentException>(() => CsvTable.Render(["a", "b"], [["1"]])).ParamName);
    }

    [Fact]
    public void WriteProducesTheRenderedText()
    {
        string path = Path.Combine(Path.GetTempPath(), "hyperdual-csv-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            CsvTable.Write(path, ["x"], [["1"], ["2"]]);
            Assert.Equal("x\n1\n2\n", File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
