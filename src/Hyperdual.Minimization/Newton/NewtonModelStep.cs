namespace Hyperdual.Minimization.Newton;

/// <summary>A trust-region step from a <see cref="NewtonModel"/>.</summary>
/// <param name="Step">The step p.</param>
/// <param name="ModelChange">gᵀp + ½ pᵀHp (≤ 0).</param>
/// <param name="OnBoundary">Whether ‖p‖ equals the radius.</param>
internal readonly record struct NewtonModelStep(double[] Step, double ModelChange, bool OnBoundary);
