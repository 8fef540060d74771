namespace Hyperdual.Optimizers.ForwardMode;

/// <summary>
/// A forward-mode optimizer: each step it names K directions, the caller evaluates the loss's value, directional
/// gradient <c>gᵢ = ∇L·vᵢ</c> and projected Hessian <c>H̃ᵢⱼ = vᵢᵀ∇²L vⱼ</c> along them (one jet evaluation),
/// and the optimizer updates θ in the span of the directions. It knows nothing of models or kernels.
/// Parameters and state are float64 (the master copy; evaluation may run in float32).
/// </summary>
public interface IForwardOptimizer : IOptimizer
{
    /// <summary>K, the number of directions per step.</summary>
    int DirectionCount { get; }

    /// <summary>Whether the step uses the backprop gradient as its direction (FoMoH-BP): pass it to <see cref="NextDirections"/>.</summary>
    bool UsesGradientDirection { get; }

    /// <summary>Whether the step uses H̃ (false for FGD: the caller may skip the second-order parts).</summary>
    bool UsesCurvature { get; }

    /// <summary>The directions of the next step (step <see cref="IOptimizer.StepCount"/> + 1).</summary>
    /// <param name="gradient">∇L at θ when <see cref="UsesGradientDirection"/>; otherwise empty.</param>
    /// <returns>The directions.</returns>
    Directions NextDirections(ReadOnlySpan<double> gradient);

    /// <summary>Takes one step from the evaluation along <paramref name="directions"/>.</summary>
    /// <param name="parameters">θ, updated in place.</param>
    /// <param name="directions">The directions <see cref="NextDirections"/> returned for this step.</param>
    /// <param name="loss">L(θ) on the mini-batch.</param>
    /// <param name="g">g ∈ ℝᴷ.</param>
    /// <param name="h">H̃ ∈ ℝᴷˣᴷ, symmetric (ignored when <see cref="UsesCurvature"/> is false).</param>
    /// <param name="lossAt">L on the same mini-batch at another θ (for backtracking; may be null when backtracking is off).</param>
    /// <returns>What the step did.</returns>
    /// <exception cref="ArgumentException">A length disagrees, or the loss, g or H̃ is not finite.</exception>
    ForwardStepReport Step(Span<double> parameters, Directions directions, double loss, ReadOnlySpan<double> g, double[,] h, Func<double[], double>? lossAt = null);
}
