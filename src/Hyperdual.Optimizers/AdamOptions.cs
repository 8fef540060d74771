namespace Hyperdual.Optimizers;

/// <summary>Hyper-parameters of <see cref="AdamOptimizer{T}"/> (Kingma &amp; Ba 2015): weight decay as an L2 term
/// in the gradient, <c>g ← ∇L + λθ</c>, before the moments; λ defaults to 0.</summary>
public sealed record AdamOptions : AdamHyperParameters
{
    /// <inheritdoc/>
    public override AdamWeightDecay WeightDecayMode => AdamWeightDecay.InGradient;
}
