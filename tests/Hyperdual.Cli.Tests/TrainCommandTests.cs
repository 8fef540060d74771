using System.Globalization;
using System.Text.Json;

namespace Hyperdual.Cli.Tests;

public sealed class TrainCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hyperdual-cli-train-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // End to end on a real-MNIST subset: FoMoH-KD K = 3 on logistic regression, forward passes only.
    [Fact]
    public void Fomoh_kd_trains_logistic_regression_on_real_mnist()
    {
        string run = Path.Combine(_folder, "run");
        CliResult result = CliRunner.Run("train", "--optimizer", "fomoh-kd", "--k", "3", "--subset", "5000", "--batch-size", "1000",
            "--steps", "300", "--eval-every", "100", "--data-dir", RepositoryData.Folder, "--out", run, "--json");
        Assert.True(result.ExitCode == 0, result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        double accuracy = json.RootElement.GetProperty("testAccuracy").GetDouble();
        Assert.True(accuracy >= 0.70, $"test accuracy {accuracy}"); // measured 0.730
        Assert.Equal(300, json.RootElement.GetProperty("steps").GetInt64());

        string[] metrics = File.ReadAllLines(Path.Combine(run, "metrics.csv"));
        double TestLoss(string line) => double.Parse(line.Split(',')[9], CultureInfo.InvariantCulture);
        Assert.True(TestLoss(metrics[^1]) < 0.5 * TestLoss(metrics[1]), $"{metrics[1]} → {metrics[^1]}");
        Assert.True(File.Exists(Path.Combine(run, "run.json")));
        Assert.True(File.Exists(Path.Combine(run, "checkpoint.bin")));
    }

    [Fact]
    public void Train_refuses_to_replace_a_run_unless_forced_and_resume_extends_it()
    {
        string run = Path.Combine(_folder, "run");
        string[] args = ["train", "--optimizer", "sgd", "--subset", "1000", "--batch-size", "100", "--steps", "10", "--eval-every", "5", "--data-dir", RepositoryData.Folder, "--out", run];
        Assert.Equal(0, CliRunner.Run(args).ExitCode);
        byte[] checkpoint = File.ReadAllBytes(Path.Combine(run, "checkpoint.bin"));

        CliResult again = CliRunner.Run(args);
        Assert.Equal(1, again.ExitCode);
        Assert.Single(again.ErrorLines);
        Assert.Contains("already holds a run", again.Error, StringComparison.Ordinal);
        Assert.Equal(checkpoint, File.ReadAllBytes(Path.Combine(run, "checkpoint.bin")));

        CliResult changed = CliRunner.Run("train", "--resume", run, "--lr", "0.5");
        Assert.Equal(1, changed.ExitCode);
        Assert.Single(changed.ErrorLines);
        Assert.Contains("--lr: a resumed run keeps the settings in its checkpoint", changed.Error, StringComparison.Ordinal);

        CliResult resumed = CliRunner.Run("train", "--resume", run, "--steps", "20", "--threads", "1", "--data-dir", RepositoryData.Folder, "--json");
        Assert.True(resumed.ExitCode == 0, resumed.Error);
        using JsonDocument json = JsonDocument.Parse(resumed.Output);
        Assert.Equal(20, json.RootElement.GetProperty("steps").GetInt64());
        Assert.Equal(0, CliRunner.Run([.. args, "--force"]).ExitCode);
    }

    [Fact]
    public void Compare_writes_every_file_it_promises()
    {
        string output = Path.Combine(_folder, "compare");
        CliResult result = CliRunner.Run("compare", "--optimizers", "fgd,fomoh-kd:2,sgd", "--seeds", "0,1", "--steps", "20", "--subset", "2000",
            "--batch-size", "200", "--eval-every", "10", "--lr-of", "fgd=1e-3", "--data-dir", RepositoryData.Folder, "--out", output, "--json");
        Assert.True(result.ExitCode == 0, result.Error);
        string[] expected = ["compare.csv", "compare.md", "compare-test-loss-steps.png", "compare-test-loss-seconds.png"];
        Assert.Equal(expected.Order(), Directory.GetFiles(output).Select(Path.GetFileName).Order());
        foreach (string png in expected.Where(f => f.EndsWith(".png", StringComparison.Ordinal)))
        {
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(Path.Combine(output, png)).Take(4).ToArray());
        }

        string[] csv = File.ReadAllLines(Path.Combine(output, "compare.csv"));
        Assert.Equal("optimizer,seed,learning_rate,step,training_seconds,test_loss,test_accuracy", csv[0]);
        Assert.Equal(1 + (3 * 2 * 3), csv.Length); // 3 optimizers × 2 seeds × evaluations at steps 0, 10, 20
        string markdown = File.ReadAllText(Path.Combine(output, "compare.md"));
        foreach (string label in new[] { "fgd", "fomoh-kd:2", "sgd" })
        {
            Assert.Contains($"| {label} |", markdown, StringComparison.Ordinal);
        }

        using JsonDocument json = JsonDocument.Parse(result.Output);
        Assert.Equal(3, json.RootElement.GetProperty("summaries").GetArrayLength());
    }

    [Theory]
    [InlineData(new[] { "--batch-size", "16777216" }, "--batch-size 16777216: larger than the 60000 training examples")]
    [InlineData(new[] { "--batch-size", "60000", "--micro-batch", "60000" }, "--micro-batch 60000: a jet evaluation with K = 16")]
    public void Sizes_that_do_not_fit_the_data_or_memory_are_one_line(string[] sizes, string expected)
    {
        CliResult result = CliRunner.Run(["train", "--model", "cnn", "--k", "16", .. sizes, "--data-dir", RepositoryData.Folder, "--out", Path.Combine(_folder, "run")]);
        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "run")));
    }
}
