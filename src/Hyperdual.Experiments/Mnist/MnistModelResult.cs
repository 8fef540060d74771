namespace Hyperdual.Experiments.Mnist;

/// <summary>What the MNIST study did for one model.</summary>
/// <param name="Plan">The model's budgets.</param>
/// <param name="Methods">The rows.</param>
/// <param name="Sweep">Every sweep candidate, diverged ones included, in row and rate order.</param>
/// <param name="Choices">The rate each row's final runs used.</param>
/// <param name="TestRuns">Every final run, in row and seed order.</param>
/// <param name="SweepSeconds">Wall-clock seconds of the sweep.</param>
/// <param name="TestSeconds">Wall-clock seconds of the final runs.</param>
public sealed record MnistModelResult(
    MnistModelPlan Plan,
    IReadOnlyList<MnistMethod> Methods,
    IReadOnlyList<StudyRun> Sweep,
    IReadOnlyList<RateChoice> Choices,
    IReadOnlyList<StudyRun> TestRuns,
    double SweepSeconds,
    double TestSeconds)
{
    /// <summary>The summaries of the final runs at every checkpoint, row-major.</summary>
    public IReadOnlyList<RunSummary> Summaries =>
        [.. Methods.SelectMany(m => Plan.Checkpoints.Select(step => RunSummary.At(m.Label, TestRuns.Where(r => r.Label == m.Label).ToList(), step)))];

    /// <summary>The median over a row's final runs of their median seconds per step.</summary>
    /// <param name="label">The row.</param>
    /// <returns>Seconds (NaN when no run took a step).</returns>
    public double SecondsPerStep(string label) =>
        Training.Statistics.Median(TestRuns.Where(r => r.Label == label && double.IsFinite(r.MedianStepSeconds)).Select(r => r.MedianStepSeconds));

    /// <summary>A row's seconds per step over backprop SGD's in the same study (NaN without an SGD row).</summary>
    /// <param name="label">The row.</param>
    /// <returns>The ratio.</returns>
    public double RatioToSgd(string label) => SecondsPerStep(label) / SecondsPerStep("sgd");
}
