using Hyperdual.Data.Tests.Support;

namespace Hyperdual.Data.Tests.Csv;

public sealed class CsvFileReaderTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Write(string name, string text)
    {
        string path = _folder.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    private DataException Fails(string text, DataOptions? options = null)
    {
        string path = Write("bad.csv", text);
        return Assert.Throws<DataException>(() => DataCatalog.Load((options ?? new DataOptions()) with { DataSet = "csv:" + path }));
    }

    private string Bad => _folder.File("bad.csv");

    [Fact]
    public void ReadsHeaderCommaAndStandardisesFromTrainOnly()
    {
        string train = Write("train.csv", "x1,x2,label\n1,10,0\n3,10,1\n5,10,2\n");
        string test = Write("test.csv", "x1,x2,label\r\n7,11,1\r\n");
        DataSplits splits = DataCatalog.Load(new DataOptions { DataSet = $"csv:{train}{Path.PathSeparator}{test}" });

        Assert.Equal(3, splits.Train.Count);
        Assert.Equal(3, splits.Train.ClassCount);
        Assert.Equal([2], splits.Train.SampleShape);
        float s = (float)Math.Sqrt(8.0 / 3.0); // x1: mean 3, population std √(8/3); x2 constant → 0
        AssertClose([-2 / s, 0f, 0f, 0f, 2 / s, 0f], splits.Train.Features.ToArray());
        Assert.Equal([0, 1, 2], splits.Train.Labels.ToArray());
        AssertClose([4 / s, 1f], splits.Test.Features.ToArray());
        Assert.Null(splits.Validation);
    }

    private static void AssertClose(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], 1e-6f);
        }
    }

    [Fact]
    public void ReadsSemicolonsWithoutHeaderAndALabelColumnFirst()
    {
        string train = Write("t.csv", "1;0.5;-2e1\n0;1.5;2E1\n");
        DataSplits splits = DataCatalog.Load(new DataOptions { DataSet = "csv:" + train, LabelColumn = 0, ClassCount = 4 });
        Assert.Equal([1, 0], splits.Train.Labels.ToArray());
        Assert.Equal(4, splits.Train.ClassCount);
        Assert.Equal([-1f, -1f, 1f, 1f], splits.Train.Features.ToArray());
        Assert.Equal(0, splits.Test.Count);
    }

    [Fact]
    public void ARowOfTheWrongWidthIsNamed() =>
        Assert.Equal($"{Bad}: line 3: 2 columns, expected 3.", Fails("a,b,c\n1,2,0\n1,2\n").Message);

    [Fact]
    public void ANonNumericCellIsNamedWithLineAndColumn() =>
        Assert.Equal($"{Bad}: line 3, column 2 ('b'): '2,5' is not a number.", Fails("a,b,c\n1,2,0\n1,\"2,5\",1\n").Message);

    [Fact]
    public void AMixedFirstRowIsADataRowWithABadCell() =>
        Assert.Equal($"{Bad}: line 1, column 1: 'x' is not a number.", Fails("x,2,0\n1,2,0\n").Message);

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public void NaNAndInfinityAreNamed(string value) =>
        Assert.Equal($"{Bad}: line 2, column 1: {value} is not a finite number.", Fails($"1,0\n{value},1\n").Message);

    [Fact]
    public void AValueBeyondTheFloatRangeIsNamed() =>
        Assert.Equal($"{Bad}: line 1, column 2: 1e39 lies beyond the float range.", Fails("0,1e39,1\n").Message);

    [Fact]
    public void ANonIntegerLabelIsNamed() =>
        Assert.Equal($"{Bad}: line 2, column 3 ('y'): the label '1.5' is not an integer.", Fails("a,b,y\n1,2,1.5\n").Message);

    [Fact]
    public void ANegativeLabelIsNamed() =>
        Assert.Equal($"{Bad}: line 1, column 2: the label -1 is negative.", Fails("1,-1\n").Message);

    [Fact]
    public void ALabelOutsideTheClassesIsNamed() =>
        Assert.Equal(
            $"{Bad}: line 4, column 3 ('y'): the label 3 lies outside [0, 3).",
            Fails("a,b,y\n1,2,0\n1,2,1\n1,2,3\n", new DataOptions { ClassCount = 3 }).Message);

    [Fact]
    public void ATestFileOfAnotherWidthIsNamed()
    {
        string train = Write("train.csv", "1,2,0\n");
        string test = Write("test.csv", "1,0\n");
        DataException e = Assert.Throws<DataException>(() => DataCatalog.Load(new DataOptions { DataSet = $"csv:{train}{Path.PathSeparator}{test}" }));
        Assert.Equal($"{test}: line 1: 2 columns, expected 3.", e.Message);
    }

    [Fact]
    public void AMissingLabelColumnIsNamed() =>
        Assert.Equal(
            $"{Bad}: the label column 5 does not exist; the file has columns 0 to 2 (zero-based).",
            Fails("1,2,0\n", new DataOptions { LabelColumn = 5 }).Message);

    [Fact]
    public void AMissingOrEmptyFileIsNamed()
    {
        Assert.Equal($"{_folder.File("none.csv")}: no such file.",
            Assert.Throws<DataException>(() => DataCatalog.Load(new DataOptions { DataSet = "csv:" + _folder.File("none.csv") })).Message);
        Assert.Equal($"{Bad}: no data rows.", Fails("a,b\n").Message);
    }

    [Fact]
    public void ATabSeparatedFileIsRefused() =>
        Assert.Equal(
            $"{Bad}: line 1: no comma or semicolon separator found (detected '\t'); the features need a comma- or semicolon-separated file.",
            Fails("1\t2\t0\n").Message);

    [Fact]
    public void ValidationIsCarvedBeforeStandardisingAndSubsetAfter()
    {
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < 10; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i},{i % 2}\n");
        }

        string path = Write("v.csv", text.ToString());
        DataSplits splits = DataCatalog.Load(new DataOptions { DataSet = "csv:" + path, Validation = 3, Seed = 5, Subset = 4 });
        Assert.Equal(4, splits.Train.Count);
        Assert.Equal(3, splits.Validation!.Count);
        Assert.Equal(0, splits.Test.Count);
    }
}
