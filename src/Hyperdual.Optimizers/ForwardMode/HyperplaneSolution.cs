namespace Hyperdual.Optimizers.ForwardMode;

/// <summary>The result of <see cref="HyperplaneStep.Solve"/>.</summary>
/// <param name="Coefficients">κ ∈ ℝᴷ solving (repaired H̃)κ = −g̃; the update is <c>η Σ κᵢvᵢ</c>.</param>
/// <param name="SmallestEigenvalue">The smallest eigenvalue of H̃ as given (before any repair).</param>
/// <param name="LargestEigenvalue">The largest eigenvalue of H̃ as given (before any repair).</param>
/// <param name="Repaired">Whether the repair changed any eigenvalue.</param>
public sealed record HyperplaneSolution(double[] Coefficients, double SmallestEigenvalue, double LargestEigenvalue, bool Repaired);
