namespace Hyperdual.Optimizers.ForwardMode;

/// <summary>What one forward-mode step did.</summary>
/// <param name="LearningRate">The scheduled rate η of the step.</param>
/// <param name="Coefficients">κ: the update is <c>η·s·Σ κᵢvᵢ</c> (s the backtracking scale).</param>
/// <param name="SmallestEigenvalue">The smallest eigenvalue of the hyperplane Hessian H̃ as evaluated (FoMoH and FoMoH-BP: vᵀ∇²L v; FGD: NaN).</param>
/// <param name="LargestEigenvalue">The largest eigenvalue of H̃ as evaluated (FGD: NaN).</param>
/// <param name="Repaired">Whether the curvature was changed before the solve (an eigenvalue raised to the floor or its sign flipped).</param>
/// <param name="UpdateNorm">‖Δθ‖ of the update applied.</param>
/// <param name="Clipped">Whether the update was scaled down to the maximum update norm.</param>
/// <param name="BacktrackingHalvings">How many times backtracking halved the step (0 without backtracking; the step is dropped when the limit is reached).</param>
public sealed record ForwardStepReport(
    double LearningRate,
    double[] Coefficients,
    double SmallestEigenvalue,
    double LargestEigenvalue,
    bool Repaired,
    double UpdateNorm,
    bool Clipped,
    int BacktrackingHalvings);
