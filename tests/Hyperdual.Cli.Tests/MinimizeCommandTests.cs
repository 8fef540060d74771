using System.Globalization;
using System.Text.Json;
using Hyperdual.TestFunctions;

namespace Hyperdual.Cli.Tests;

public sealed class MinimizeCommandTests
{
    [Fact]
    public void NewtonTrustRegionSolvesRosenbrockAndReportsAsJson()
    {
        CliResult result = CliRunner.Run("minimize", "--function", "rosenbrock", "--dim", "4", "--json");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement root = json.RootElement;
        Assert.Equal("GradientTolerance", root.GetProperty("reason").GetString());
        Assert.True(root.GetProperty("converged").GetBoolean());
        Assert.True(root.GetProperty("gradientNorm").GetDouble() <= 1e-8);
        Assert.True(root.GetProperty("value").GetDouble() < 1e-16);
        Assert.All(root.GetProperty("minimizer").EnumerateArray(), e => Assert.Equal(1.0, e.GetDouble(), 1e-8));
        Assert.Equal(4, root.GetProperty("dimension").GetInt32());
    }

    [Theory]
    [InlineData("fomoh-kd", "--k", "2")]
    [InlineData("fomoh", "--lr", "0.5")]
    [InlineData("fgd", "--lr", "1e-4")]
    public void ForwardModeMethodsRunTheRequestedNumberOfIterations(string method, string option, string value)
    {
        CliResult result = CliRunner.Run("minimize", "-f", "rosenbrock", "--method", method, option, value, "--max-iter", "25", "--seed", "3", "--start=-1.2,1", "--json");
        Assert.Equal(ExitCodes.NotConverged, result.ExitCode);
        Assert.Equal("", result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        Assert.Equal(25, json.RootElement.GetProperty("iterations").GetInt32());
        Assert.Equal("MaxIterations", json.RootElement.GetProperty("reason").GetString());
        double[] x = json.RootElement.GetProperty("minimizer").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(new Rosenbrock().Evaluate<double>(x), json.RootElement.GetProperty("value").GetDouble(), 1e-12);
    }

    [Fact]
    public void SeedTakesTheWholeUnsignedRangeAndDifferentSeedsGiveDifferentRuns()
    {
        double[] Minimizer(string seed)
        {
            CliResult result = CliRunner.Run("minimize", "-f", "rosenbrock", "--method", "fomoh-kd", "--k", "1", "--max-iter", "3", "--seed", seed, "--start=-1.2,1", "--json");
            Assert.Equal(ExitCodes.NotConverged, result.ExitCode);
            using JsonDocument json = JsonDocument.Parse(result.Output);
            return json.RootElement.GetProperty("minimizer").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        }

        Assert.NotEqual(Minimizer("0"), Minimizer("18446744073709551615"));
    }

    [Fact]
    public void ConstrainedProblemIsSolvedByName()
    {
        CliResult result = CliRunner.Run("minimize", "--function", "hs071", "--json");
        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement root = json.RootElement;
        Assert.Equal(17.0140172891563, root.GetProperty("value").GetDouble(), 1e-6);
        Assert.True(root.GetProperty("constraintViolation").GetDouble() <= 1e-6);
        Assert.Single(root.GetProperty("equalityMultipliers").EnumerateArray());
        Assert.Single(root.GetProperty("inequalityMultipliers").EnumerateArray());
    }

    [Fact]
    public void NewtonConjugateGradientSolvesRosenbrockMatrixFreeAndCountsItsProducts()
    {
        CliResult result = CliRunner.Run("minimize", "--function", "rosenbrock", "--dim", "2", "--method", "newton-cg", "--json");
        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement root = json.RootElement;
        Assert.Equal("newton-cg", root.GetProperty("method").GetString());
        Assert.True(root.GetProperty("gradientNorm").GetDouble() <= 1e-10);
        Assert.All(root.GetProperty("minimizer").EnumerateArray(), v => Assert.Equal(1.0, v.GetDouble(), 1e-8));
        Assert.True(root.GetProperty("hessianVectorProducts").GetInt32() >= root.GetProperty("iterations").GetInt32());
    }

    [Fact]
    public void NewtonConjugateGradientTextNamesItsProducts()
    {
        CliResult result = CliRunner.Run("minimize", "--function", "wood", "--method", "newton-cg");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("method       newton-cg", result.Output);
        Assert.Contains("Hessian-vector products", result.Output);
    }

    [Fact]
    public void TextOutputNamesFunctionMethodAndStopReason()
    {
        CliResult result = CliRunner.Run("minimize", "--function", "booth");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("booth (n = 2)", result.Output);
        Assert.Contains("newton-tr", result.Output);
        Assert.Contains("GradientTolerance", result.Output);
    }

    [Fact]
    public void TraceIsWrittenAsCsvWithOneRowPerIteration()
    {
        string folder = Path.Combine(Path.GetTempPath(), "hyperdual-minimize-" + Guid.NewGuid().ToString("N"));
        string path = Path.Combine(folder, "trace.csv");
        try
        {
            CliResult result = CliRunner.Run("minimize", "-f", "rosenbrock", "--trace", path, "--json");
            Assert.Equal(0, result.ExitCode);
            using JsonDocument json = JsonDocument.Parse(result.Output);
            int iterations = json.RootElement.GetProperty("iterations").GetInt32();
            string[] lines = File.ReadAllLines(path);
            Assert.Equal("iteration,value,gradient_norm,step_norm,trust_radius,evaluations,x1,x2", lines[0]);
            Assert.Equal(iterations + 2, lines.Length);
            string[] first = lines[1].Split(',');
            Assert.Equal("0", first[0]);
            Assert.Equal(24.2, double.Parse(first[1], CultureInfo.InvariantCulture), 1e-12);
            Assert.Equal(["-1.2", "1"], first[6..]);
            Assert.Single(Directory.GetFiles(folder));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("--start has 3 coordinates but --dim is 2", "minimize", "-f", "rosenbrock", "--dim", "2", "--start", "1,2,3")]
    [InlineData("defined only in dimension 4", "minimize", "-f", "wood", "--start", "1,2")]
    [InlineData("has 4 variables, not 2", "minimize", "-f", "hs071", "--start", "1,2")]
    [InlineData("--k applies only to --method fomoh-kd", "minimize", "-f", "rosenbrock", "--k", "3")]
    [InlineData("--lr applies only to the forward-mode methods", "minimize", "-f", "rosenbrock", "--lr", "0.1")]
    [InlineData("solved by the augmented Lagrangian", "minimize", "-f", "hs071", "--method", "fomoh")]
    [InlineData("--max-iter", "minimize", "-f", "rosenbrock", "--max-iter", "many")]
    [InlineData("--seed", "minimize", "-f", "rosenbrock", "--method", "fomoh-kd", "--seed", "-1")]
    [InlineData("--seed", "minimize", "-f", "rosenbrock", "--method", "fomoh-kd", "--seed", "18446744073709551616")]
    public void UserErrorsPrintOneLineAndExitNonZero(string expected, params string[] args)
    {
        CliResult result = CliRunner.Run(args);
        Assert.Equal(1, result.ExitCode);
        string line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: ", line);
        Assert.Contains(expected, line);
        Assert.DoesNotContain(" at ", result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void TraceGoesToStandardOutputForADashAndTheTextSaysWhereItWent()
    {
        CliResult result = CliRunner.Run("minimize", "-f", "booth", "--trace", "-");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("iteration,value,gradient_norm,", result.Output);
        Assert.Contains("rows written to standard output", result.Output);
    }

    [Fact]
    public async Task TraceIntoAFifoIsWrittenThroughAndATraceThroughASymlinkReplacesItsTarget()
    {
        string folder = Path.Combine(Path.GetTempPath(), "hyperdual-minimize-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string fifo = Path.Combine(folder, "pipe");
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
            {
                mkfifo.WaitForExit();
            }

            Task<string> reader = Task.Run(() => File.ReadAllText(fifo));
            CliResult viaFifo = CliRunner.Run("minimize", "-f", "booth", "--trace", fifo);
            Assert.Equal(0, viaFifo.ExitCode);
            Assert.StartsWith("iteration,value,", await reader);
            Assert.Contains($"rows written to {fifo}", viaFifo.Output);

            string target = Path.Combine(folder, "target.csv");
            File.WriteAllText(target, "old");
            string link = Path.Combine(folder, "link.csv");
            File.CreateSymbolicLink(link, target);
            Assert.Equal(0, CliRunner.Run("minimize", "-f", "booth", "--trace", link).ExitCode);
            Assert.StartsWith("iteration,value,", File.ReadAllText(target));
            Assert.Equal(target, new FileInfo(link).LinkTarget);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void DivergenceExitsWithItsOwnCode()
    {
        // FGD with a huge learning rate overflows on Rosenbrock within a few steps.
        CliResult result = CliRunner.Run("minimize", "-f", "rosenbrock", "--method", "fgd", "--lr", "1e6", "--max-iter", "50", "--json");
        using JsonDocument json = JsonDocument.Parse(result.Output);
        Assert.Equal("NonFinite", json.RootElement.GetProperty("reason").GetString());
        Assert.False(json.RootElement.GetProperty("converged").GetBoolean());
        Assert.Equal(ExitCodes.Diverged, result.ExitCode);
    }

    [Fact]
    public void ForwardModeTraceHasNoColumnsOfNaN()
    {
        CliResult result = CliRunner.Run("minimize", "-f", "rosenbrock", "--method", "fomoh-kd", "--max-iter", "3", "--trace", "-");
        string[] lines = result.Output.Split('\n');
        Assert.Equal("iteration,value,step_norm,evaluations,x1,x2", lines[0]);
        Assert.DoesNotContain("NaN", string.Join('\n', lines.TakeWhile(l => l.Length > 0 && char.IsAsciiDigit(l[0]) || l.StartsWith("iteration", StringComparison.Ordinal))));
    }

    [Fact]
    public void ToleranceOptionsDecideWhereNewtonStopsAndWhatCountsAsConverged()
    {
        // A loose --gtol stops newton-tr early and counts that as converged; a huge --xtol stops it after one step, far from the minimiser.
        using JsonDocument loose = JsonDocument.Parse(CliRunner.Run("minimize", "-f", "rosenbrock", "--gtol", "1", "--json").Output);
        Assert.Equal("GradientTolerance", loose.RootElement.GetProperty("reason").GetString());
        Assert.True(loose.RootElement.GetProperty("gradientNorm").GetDouble() <= 1);
        Assert.True(loose.RootElement.GetProperty("value").GetDouble() > 1e-12);

        CliResult stalled = CliRunner.Run("minimize", "-f", "rosenbrock", "--xtol", "10", "--json");
        using JsonDocument json = JsonDocument.Parse(stalled.Output);
        Assert.Equal("StepTolerance", json.RootElement.GetProperty("reason").GetString());
        Assert.False(json.RootElement.GetProperty("converged").GetBoolean());
        Assert.Equal(ExitCodes.NotConverged, stalled.ExitCode);
    }

    [Fact]
    public void VerbosePrintsOneLinePerIterationOnStandardError()
    {
        CliResult result = CliRunner.Run("minimize", "-f", "booth", "--verbose", "--json");
        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        string[] lines = result.ErrorLines;
        Assert.Equal(json.RootElement.GetProperty("iterations").GetInt32() + 1, lines.Length);
        Assert.StartsWith("iteration 0  f 74  |g| ", lines[0]);
        Assert.Contains("radius", lines[0]);
        Assert.DoesNotContain("NaN", CliRunner.Run("minimize", "-f", "booth", "--method", "fgd", "--max-iter", "2", "--verbose").Error);
    }

    [Fact]
    public void NamesAreCaseInsensitive()
    {
        CliResult result = CliRunner.Run("minimize", "-f", "Rosenbrock", "--method", "FGD", "--max-iter", "2", "--json");
        Assert.Equal(ExitCodes.NotConverged, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        Assert.Equal("rosenbrock", json.RootElement.GetProperty("function").GetString());
        Assert.Equal("fgd", json.RootElement.GetProperty("method").GetString());
    }
}
