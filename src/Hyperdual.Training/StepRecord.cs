namespace Hyperdual.Training;

/// <summary>One training step's metrics.</summary>
/// <param name="Step">The 1-based step number.</param>
/// <param name="TrainLoss">The mini-batch loss at the parameters before the step.</param>
/// <param name="Seconds">Wall-clock seconds of the whole step.</param>
/// <param name="DerivativeSeconds">Of which in the derivative evaluation (the jet, or backprop's forward and reverse pass).</param>
/// <param name="LearningRate">The scheduled learning rate used.</param>
/// <param name="SmallestEigenvalue">Forward-mode: the smallest eigenvalue of H̃ as evaluated; otherwise NaN.</param>
/// <param name="LargestEigenvalue">Forward-mode: the largest eigenvalue of H̃ as evaluated; otherwise NaN.</param>
/// <param name="Repaired">Forward-mode: whether the curvature was repaired.</param>
/// <param name="UpdateNorm">‖Δθ‖ of the step.</param>
public sealed record StepRecord(
    long Step,
    double TrainLoss,
    double Seconds,
    double DerivativeSeconds,
    double LearningRate,
    double SmallestEigenvalue,
    double LargestEigenvalue,
    bool Repaired,
    double UpdateNorm)
{
    /// <summary>SOAA: the trust-region factor <c>d</c> the step used; NaN for other optimizers (and for steps
    /// restored from a checkpoint, which does not store it).</summary>
    public double TrustRegion { get; init; } = double.NaN;
}
