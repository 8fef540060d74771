using Hyperdual.Tensors.Evaluation;

namespace Hyperdual.Tensors.Verification;

/// <summary>The outcome of <see cref="GradientCheck.Run"/>.</summary>
/// <param name="Jet">The jet evaluation under test.</param>
/// <param name="HyperDual">The separate hyper-dual passes.</param>
/// <param name="FiniteDifference">The finite-difference estimate.</param>
/// <param name="HyperDualGError">Worst relative error of the jet's g against the passes.</param>
/// <param name="HyperDualHError">Worst relative error of the jet's H against the passes.</param>
/// <param name="FiniteDifferenceGError">Worst relative error of the jet's g against finite differences.</param>
/// <param name="FiniteDifferenceHError">Worst relative error of the jet's H against finite differences.</param>
/// <param name="HyperDualTolerance">The tolerance applied to the hyper-dual errors.</param>
/// <param name="FiniteDifferenceTolerance">The tolerance applied to the finite-difference errors.</param>
/// <param name="ReverseProjection">The reverse-mode (backprop) gradient projected on the directions, ∇L·vᵢ.</param>
/// <param name="ReverseJetError">Worst relative error of ∇L·vᵢ against the jet's first-order parts gᵢ.</param>
/// <param name="ReverseFiniteDifferenceError">Worst relative error of ∇L·vᵢ against finite differences of L along vᵢ.</param>
/// <param name="ReverseTolerance">The tolerance applied to <paramref name="ReverseJetError"/> (finite differences use <paramref name="FiniteDifferenceTolerance"/>).</param>
public sealed record GradientCheckReport(
    JetEvaluation Jet,
    JetEvaluation HyperDual,
    JetEvaluation FiniteDifference,
    double HyperDualGError,
    double HyperDualHError,
    double FiniteDifferenceGError,
    double FiniteDifferenceHError,
    double HyperDualTolerance,
    double FiniteDifferenceTolerance,
    double[] ReverseProjection,
    double ReverseJetError,
    double ReverseFiniteDifferenceError,
    double ReverseTolerance)
{
    /// <summary>Whether every error is within its tolerance.</summary>
    public bool Passed =>
        HyperDualGError <= HyperDualTolerance && HyperDualHError <= HyperDualTolerance
        && FiniteDifferenceGError <= FiniteDifferenceTolerance && FiniteDifferenceHError <= FiniteDifferenceTolerance
        && ReverseJetError <= ReverseTolerance && ReverseFiniteDifferenceError <= FiniteDifferenceTolerance;

    /// <summary>The worst error of any check divided by its tolerance (above 1: failed).</summary>
    public double WorstRatio => new[]
    {
        HyperDualGError / HyperDualTolerance, HyperDualHError / HyperDualTolerance,
        FiniteDifferenceGError / FiniteDifferenceTolerance, FiniteDifferenceHError / FiniteDifferenceTolerance,
        ReverseJetError / ReverseTolerance, ReverseFiniteDifferenceError / FiniteDifferenceTolerance,
    }.Max();
}
