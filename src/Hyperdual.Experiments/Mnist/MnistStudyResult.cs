namespace Hyperdual.Experiments.Mnist;

/// <summary>The outcome of the MNIST study.</summary>
/// <param name="Options">The settings.</param>
/// <param name="Machine">Where it ran.</param>
/// <param name="Started">When it started (UTC).</param>
/// <param name="WallSeconds">Wall-clock seconds of the whole study, data loading included.</param>
/// <param name="DataSeconds">Of which loading the data.</param>
/// <param name="TrainExamples">The training examples of the final runs.</param>
/// <param name="SweepTrainExamples">The training examples of the sweep runs (the validation split carved out).</param>
/// <param name="ValidationExamples">The validation examples the sweeps were judged on.</param>
/// <param name="TestExamples">The test examples the final runs were evaluated on.</param>
/// <param name="Models">Per model, in plan order.</param>
public sealed record MnistStudyResult(
    MnistStudyOptions Options,
    StudyMachine Machine,
    DateTimeOffset Started,
    double WallSeconds,
    double DataSeconds,
    int TrainExamples,
    int SweepTrainExamples,
    int ValidationExamples,
    int TestExamples,
    IReadOnlyList<MnistModelResult> Models);
