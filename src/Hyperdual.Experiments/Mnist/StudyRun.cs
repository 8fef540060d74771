using Hyperdual.Training;

namespace Hyperdual.Experiments.Mnist;

/// <summary>One training run of a study, finished or diverged: every evaluation it reached is kept.</summary>
/// <param name="Model">The model.</param>
/// <param name="Phase"><see cref="SweepPhase"/> (evaluated on the validation split) or <see cref="TestPhase"/> (on the test set).</param>
/// <param name="Label">The study row's label.</param>
/// <param name="LearningRate">The learning rate.</param>
/// <param name="Seed">The seed (initial weights, batch order, directions).</param>
/// <param name="StepBudget">The steps the run was given.</param>
/// <param name="Evaluations">Every held-out evaluation it reached, step 0 first.</param>
/// <param name="MedianStepSeconds">The median wall-clock seconds of its steps (NaN without steps).</param>
/// <param name="DivergedAtStep">The step at which training stopped on a non-finite value, or null.</param>
/// <param name="DivergenceMessage">What was not finite, or null.</param>
/// <param name="WallSeconds">Wall-clock seconds of the whole run, evaluations included.</param>
public sealed record StudyRun(
    string Model,
    string Phase,
    string Label,
    double LearningRate,
    ulong Seed,
    long StepBudget,
    IReadOnlyList<EvaluationRecord> Evaluations,
    double MedianStepSeconds,
    long? DivergedAtStep,
    string? DivergenceMessage,
    double WallSeconds)
{
    /// <summary>The phase of learning-rate sweep runs (evaluated on the validation split).</summary>
    public const string SweepPhase = "sweep";

    /// <summary>The phase of the final runs (evaluated on the test set).</summary>
    public const string TestPhase = "test";

    /// <summary>Whether the run stopped on a non-finite value.</summary>
    public bool Diverged => DivergedAtStep is not null;

    /// <summary>The last evaluation, or null.</summary>
    public EvaluationRecord? Final => Evaluations.Count == 0 ? null : Evaluations[^1];

    /// <summary>The evaluation after <paramref name="step"/>, or null when the run did not reach it.</summary>
    /// <param name="step">The step.</param>
    /// <returns>The evaluation.</returns>
    public EvaluationRecord? At(long step) => Evaluations.FirstOrDefault(e => e.Step == step);

    /// <summary>A one-line description of the outcome: the final held-out loss and accuracy, or where it diverged.</summary>
    public string Outcome => Diverged
        ? $"diverged at step {DivergedAtStep}"
        : Final is { } f ? FormattableString.Invariant($"loss {f.Loss:F4}, accuracy {f.Accuracy:F4} at step {f.Step}") : "no evaluation";
}
