using System.Text;
using Hyperdual.Experiments.Rosenbrock;
using Hyperdual.Minimization;
using Hyperdual.Reports;

namespace Hyperdual.Experiments.Tests.Rosenbrock;

public sealed class RosenbrockStudyWriterTests
{
    private static readonly RosenbrockMethod Safe = new("10d", "FoMoH-KD K=10", 10, RosenbrockMethodKind.FomohKd, 10, 1.0, 2, Safeguarded: true);
    private static readonly RosenbrockMethod Unsafe = new("10d", "FoMoH-KD K=10 unsafeguarded", 10, RosenbrockMethodKind.FomohKd, 10, 1.0, 2, Safeguarded: false);

    [Fact]
    public void WritesEveryFileWithTheLossRowsInTheirFixedFormat()
    {
        ResultFile[] files = RosenbrockStudyWriter.Files(Result()).ToArray();
        Assert.Equal(RosenbrockStudyWriter.FileNames, files.Select(f => f.Name).ToArray());
        Assert.Equal(
            ["rosenbrock.csv", "rosenbrock.md", "rosenbrock-2d.png", "rosenbrock-5d.png", "rosenbrock-10d.png", "rosenbrock-runs.csv", "rosenbrock-5d-unsafeguarded.png", "rosenbrock-10d-unsafeguarded.png"],
            RosenbrockStudyWriter.FileNames);

        string csv = Text(files, "rosenbrock.csv");
        Assert.Equal(
            "study,method,seed,iteration,loss\n10d,FoMoH-KD K=10,0,0,100\n10d,FoMoH-KD K=10,0,1,0.5\n10d,FoMoH-KD K=10,0,2,0.25\n"
            + "10d,FoMoH-KD K=10 unsafeguarded,0,0,100\n10d,FoMoH-KD K=10 unsafeguarded,0,1,1e+300\n",
            csv.Replace("\r\n", "\n", StringComparison.Ordinal));
        string runs = Text(files, "rosenbrock-runs.csv").Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.StartsWith("study,method,seed,stop,last_iteration,final_loss,directional_passes,value_evaluations\n", runs);
        Assert.Contains("\n10d,FoMoH-KD K=10 unsafeguarded,0,NonFinite,1,NaN,110,1\n", runs);
    }

    [Fact]
    public void MarkdownStatesSettingsMachineWallTimeReferenceAndEveryDivergedRun()
    {
        string markdown = RosenbrockStudyWriter.Markdown(Result());
        Assert.Contains(new StudyMachine(2, 2, "Vector512", "X64", "TestOS", ".NET", "1.0").MarkdownLine(), markdown);
        Assert.Contains("Wall time of the whole study: 12.3 s.", markdown);
        Assert.Contains("| method | median | min | max | < 1e-6 | non-finite | at budget | directional passes per evaluation | directional passes per run (median) | value evaluations per run (median) | seconds (all seeds) | reference implementation (fomoh f0da7ae), measured |", markdown);
        Assert.Contains("| FoMoH-KD K=10 unsafeguarded | Infinity | Infinity | NaN | 0/1 | 1/1 | 0/1 | 55 | 110 | 1 | 0.50 | median 0; 6/10 < 1e-6; 1/10 NaN |", markdown);
        Assert.Contains("| FoMoH-KD K=10 | 2.500e-01 | 2.500e-01 | 2.500e-01 | 0/1 | 0/1 | 1/1 | 55 | 110 | 5 | 1.50 | — |", markdown);
        Assert.Contains("- 10d FoMoH-KD K=10 unsafeguarded, seed 0: non-finite at iteration 1 (last finite loss 1.000e+300)", markdown);
        Assert.Contains("unsafeguarded", markdown);
    }

    private static RosenbrockStudyResult Result()
    {
        StudyRun safe = new("10d", Safe.Label, 0, [100.0, 0.5, 0.25], StopReason.MaxIterations, 110, 5);
        StudyRun diverged = new("10d", Unsafe.Label, 0, [100.0, 1e300], StopReason.NonFinite, 110, 1);
        return new RosenbrockStudyResult(
            [Safe, Unsafe],
            [safe, diverged],
            [RosenbrockStudy.Summarize(Safe, [safe], 1.5), RosenbrockStudy.Summarize(Unsafe, [diverged], 0.5)],
            new StudyMachine(2, 2, "Vector512", "X64", "TestOS", ".NET", "1.0"),
            12.3);
    }

    private static string Text(IEnumerable<ResultFile> files, string name)
    {
        using var stream = new MemoryStream();
        files.Single(f => f.Name == name).Write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
