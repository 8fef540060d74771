namespace Hyperdual.Optimizers;

/// <summary>Hyper-parameters of <see cref="AdamWOptimizer{T}"/> (Loshchilov &amp; Hutter 2019): decoupled weight
/// decay, each step also subtracts <c>ηλθ</c>; λ defaults to 1e-2.</summary>
public sealed record AdamWOptions : AdamHyperParameters
{
    /// <summary>Creates the defaults, with the decoupled weight decay λ = 1e-2.</summary>
    public AdamWOptions()
    {
        WeightDecay = 1e-2;
    }

    /// <inheritdoc/>
    public override AdamWeightDecay WeightDecayMode => AdamWeightDecay.Decoupled;
}
