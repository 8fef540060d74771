using System.Text.Json;
using Hyperdual.TestFunctions;

namespace Hyperdual.Cli.Tests;

public sealed class DerivativesCommandTests
{
    [Fact]
    public void JsonOutputHoldsTheClosedFormValueGradientAndHessian()
    {
        CliResult result = CliRunner.Run("derivatives", "--function", "rosenbrock", "--dim", "4", "--at", "1,2,3,4", "--json");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);

        using JsonDocument json = JsonDocument.Parse(result.Output);
        var f = new Rosenbrock();
        double[] x = [1, 2, 3, 4];
        Assert.Equal(f.Evaluate<double>(x), json.RootElement.GetProperty("value").GetDouble(), 12);
        double[] gradient = json.RootElement.GetProperty("gradient").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(f.AnalyticGradient(x), gradient);
        double[,] expected = f.AnalyticHessian(x);
        JsonElement[] rows = json.RootElement.GetProperty("hessian").EnumerateArray().ToArray();
        Assert.Equal(4, rows.Length);
        for (int i = 0; i < 4; i++)
        {
            double[] row = rows[i].EnumerateArray().Select(e => e.GetDouble()).ToArray();
            for (int j = 0; j < 4; j++)
            {
                Assert.Equal(expected[i, j], row[j], 9);
            }
        }
    }

    [Fact]
    public void SparseJsonHoldsTheClosedFormHessianInCompressedRows()
    {
        CliResult result = CliRunner.Run("derivatives", "--function", "rosenbrock", "--dim", "6", "--at=1,2,-3,4,0.5,-1", "--sparse", "--json");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        Assert.Equal("sparse", json.RootElement.GetProperty("mode").GetString());
        JsonElement hessian = json.RootElement.GetProperty("hessian");
        int[] offsets = hessian.GetProperty("rowOffsets").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        int[] columns = hessian.GetProperty("columnIndices").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        double[] values = hessian.GetProperty("values").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(6, hessian.GetProperty("dimension").GetInt32());
        Assert.InRange(hessian.GetProperty("colours").GetInt32(), 2, 3);
        Assert.Equal(new[] { 0, 2, 5, 8, 11, 14, 16 }, offsets);
        double[,] expected = new Rosenbrock().AnalyticHessian([1, 2, -3, 4, 0.5, -1]);
        var dense = new double[6, 6];
        for (int i = 0; i < 6; i++)
        {
            for (int k = offsets[i]; k < offsets[i + 1]; k++)
            {
                dense[i, columns[k]] = values[k];
            }
        }

        for (int i = 0; i < 6; i++)
        {
            for (int j = 0; j < 6; j++)
            {
                Assert.Equal(expected[i, j], dense[i, j], 9);
            }
        }
    }

    [Fact]
    public void SparseWritesEveryEntryToTheCsvAndListsSmallHessians()
    {
        string folder = Directory.CreateTempSubdirectory("hyperdual-sparse-").FullName;
        try
        {
            string csv = Path.Combine(folder, "h.csv");
            CliResult result = CliRunner.Run("derivatives", "--function", "rosenbrock", "--dim", "3", "--sparse", "--out", csv);
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("7 stored entries", result.Output);
            Assert.Contains("(1, 2)  -400", result.Output);
            Assert.Equal(
                ["row,column,value", "0,0,1330", "0,1,480", "1,0,480", "1,1,1882", "1,2,-400", "2,1,-400", "2,2,200"],
                File.ReadAllLines(csv));

            CliResult large = CliRunner.Run("derivatives", "--function", "extended-rosenbrock", "--dim", "1000", "--sparse");
            Assert.Equal(0, large.ExitCode);
            Assert.Contains("2000 stored entries (both triangles), 2 colours", large.Output);
            Assert.Contains("--out FILE writes them all", large.Output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void TextOutputNamesTheFunctionAndShowsTheHessian()
    {
        CliResult result = CliRunner.Run("derivatives", "--function", "booth");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("booth (n = 2)", result.Output);
        Assert.Contains("value     74", result.Output);
        Assert.Contains("10   8", result.Output);
    }

    [Fact]
    public void NegativeCoordinatesAreAcceptedAfterAnEqualsSign()
    {
        CliResult result = CliRunner.Run("derivatives", "--function", "rosenbrock", "--at=-1.2,1", "--json");
        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        Assert.Equal(24.2, json.RootElement.GetProperty("value").GetDouble(), 12);
    }

    [Theory]
    [InlineData("--at has 3 coordinates but --dim is 4", "derivatives", "--function", "rosenbrock", "--dim", "4", "--at", "1,2,3")]
    [InlineData("defined only in dimension 2, not 3", "derivatives", "--function", "beale", "--at", "1,2,3")]
    [InlineData("multiple of 4", "derivatives", "--function", "powell-singular", "--dim", "6")]
    [InlineData("--bogus", "derivatives", "--function", "sphere", "--bogus")]
    [InlineData("--function", "derivatives")]
    [InlineData("frobnicate", "frobnicate")]
    public void UserErrorsGiveOneLineAndANonZeroExit(string expectedFragment, params string[] args)
    {
        CliResult result = CliRunner.Run(args);
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        string line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: ", line);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Equal("", result.Output);
        Assert.Contains(expectedFragment, line);
    }

    [Fact]
    public void HelpListsTheCommands()
    {
        CliResult result = CliRunner.Run("--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("derivatives", result.Output);
        Assert.Contains("functions", result.Output);
    }

    [Fact]
    public void FunctionsListsEveryBuiltInFunctionAndConstrainedProblem()
    {
        CliResult result = CliRunner.Run("functions", "--json");
        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        string[] names = json.RootElement.GetProperty("functions").EnumerateArray().Select(e => e.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(TestFunctionCatalog.Names, names);
        string[] constrained = json.RootElement.GetProperty("constrained").EnumerateArray().Select(e => e.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(Hyperdual.Minimization.Constrained.ConstrainedTestProblemCatalog.All.Select(p => p.Name), constrained);
        Assert.Contains("hs071", constrained);
        Assert.Contains("hs071", CliRunner.Run("functions").Output);
    }

    [Fact]
    public void ForwardAndReverseModesAgreeAndAutoChoosesBySize()
    {
        using JsonDocument forward = JsonDocument.Parse(CliRunner.Run("derivatives", "-f", "rosenbrock", "--dim", "5", "--mode", "forward", "--json").Output);
        using JsonDocument reverse = JsonDocument.Parse(CliRunner.Run("derivatives", "-f", "rosenbrock", "--dim", "5", "--mode", "reverse", "--json").Output);
        Assert.Equal("forward", forward.RootElement.GetProperty("mode").GetString());
        Assert.Equal("reverse", reverse.RootElement.GetProperty("mode").GetString());
        double[] Flat(JsonDocument d) => d.RootElement.GetProperty("hessian").EnumerateArray().SelectMany(r => r.EnumerateArray()).Select(e => e.GetDouble()).ToArray();
        Assert.Equal(Flat(forward), Flat(reverse), (a, b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(a)));

        using JsonDocument small = JsonDocument.Parse(CliRunner.Run("derivatives", "-f", "sphere", "--dim", "3", "--json").Output);
        Assert.Equal("forward", small.RootElement.GetProperty("mode").GetString());
        CliResult large = CliRunner.Run("derivatives", "-f", "sphere", "--dim", (Hyperdual.Cli.Commands.DerivativesCommand.ReverseAbove + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");
        Assert.Equal(0, large.ExitCode);
        using JsonDocument largeJson = JsonDocument.Parse(large.Output);
        Assert.Equal("reverse", largeJson.RootElement.GetProperty("mode").GetString());
        Assert.Equal(2.0, largeJson.RootElement.GetProperty("hessian")[7][7].GetDouble());
    }
}
