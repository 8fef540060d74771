namespace Hyperdual.Experiments.Mnist;

/// <summary>One measured row of the reference implementation (fomoh f0da7ae) on MNIST, as quoted in reports.</summary>
/// <param name="Label">The study row it stands beside.</param>
/// <param name="LearningRate">The reference's rate, as text (with how it was chosen where that matters).</param>
/// <param name="Steps">The reference's step budget.</param>
/// <param name="Seeds">The reference's seeds, as text.</param>
/// <param name="TestLoss">The reference's test loss, as quoted (mean ± std, or one seed's value).</param>
/// <param name="TestAccuracy">The reference's test accuracy, as quoted.</param>
public sealed record MnistReference(string Label, string LearningRate, int Steps, string Seeds, string TestLoss, string TestAccuracy)
{
    /// <summary>How reports name the source of these numbers.</summary>
    public const string Source = "reference implementation (fomoh f0da7ae), measured";

    /// <summary>The label of the study row that runs FoMoH at the reference README's rate.</summary>
    public const string ReadmeFomohLabel = "fomoh (README η)";

    /// <summary>The reference README's FoMoH rate for a model: 0.1362 for <c>logreg</c> at batch 1024, 0.544 for <c>cnn</c> at batch 2048.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The rate.</returns>
    public static double ReadmeFomohRate(string model) => model switch
    {
        "logreg" => 0.1362,
        "cnn" => 0.544,
        _ => throw new ArgumentException($"No reference FoMoH rate for model '{model}'.", nameof(model)),
    };

    /// <summary>The step at which the reference was measured: 300 for <c>logreg</c>, 15 for <c>cnn</c>.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The step.</returns>
    public static int Step(string model) => model switch
    {
        "logreg" => 300,
        "cnn" => 15,
        _ => throw new ArgumentException($"No reference measurement for model '{model}'.", nameof(model)),
    };

    /// <summary>The reference's ratio of a FoMoH-KD K = 3 step to its backprop SGD step, as quoted.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The ratio's text.</returns>
    public static string StepRatio(string model) => model switch
    {
        "logreg" => "≈ 7.5 (FoMoH-3D 9.1–9.3 ms, SGD 1.2–1.3 ms)",
        "cnn" => "≈ 17–19 (FoMoH-3D 9.9–11.1 s, SGD 0.53–0.63 s)",
        _ => throw new ArgumentException($"No reference measurement for model '{model}'.", nameof(model)),
    };

    /// <summary>The reference's rows for a model (none for rows it did not run).</summary>
    /// <param name="model">The model.</param>
    /// <returns>The rows.</returns>
    public static IReadOnlyList<MnistReference> For(string model) => model switch
    {
        "logreg" =>
        [
            new("fgd", "1e-3 (best of 1e-5…1e-2)", 300, "0, 1, 2", "1.210 ± 0.076", "0.608 ± 0.027"),
            new("fomoh", "0.5", 300, "0, 1, 2", "1.258 ± 0.083", "0.601 ± 0.031"),
            new(ReadmeFomohLabel, "0.1362", 300, "0", "1.987", "0.304"),
            new("fomoh-kd:2", "1.0", 300, "0, 1, 2", "0.855 ± 0.035", "0.726 ± 0.015"),
            new("fomoh-kd:3", "0.5", 300, "0, 1, 2", "0.670 ± 0.020", "0.796 ± 0.006"),
            new("fomoh-bp", "0.5", 300, "0", "0.287", "0.919"),
            new("sgd", "0.1", 300, "0, 1, 2", "0.292 ± 0.001", "0.917 ± 0.001"),
            new("adam", "1e-3", 300, "0, 1, 2", "0.297 ± 0.001", "0.916 ± 0.001"),
        ],
        "cnn" =>
        [
            new("fgd", "1e-4", 15, "0", "2.331", "0.054"),
            new(ReadmeFomohLabel, "0.544", 15, "0", "2.249", "0.216"),
            new("fomoh-kd:2", "0.5", 15, "0", "1.4e10 (diverged at step 8)", "0.082"),
            new("fomoh-kd:3", "0.5", 15, "0", "2.168", "0.222"),
            new("fomoh-bp", "0.5", 15, "0", "0.852", "0.827"),
            new("sgd", "0.05", 15, "0", "1.519", "0.716"),
            new("adam", "1e-3", 15, "0", "0.379", "0.885"),
        ],
        _ => [],
    };
}
