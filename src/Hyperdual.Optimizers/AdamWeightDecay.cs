namespace Hyperdual.Optimizers;

/// <summary>Where Adam's weight decay λ enters the step: the one difference between Adam and AdamW.</summary>
public enum AdamWeightDecay
{
    /// <summary>Adam: an L2 term added to the gradient, <c>g ← ∇L + λθ</c>, before the moments.</summary>
    InGradient,

    /// <summary>AdamW (Loshchilov &amp; Hutter 2019): decoupled, each step also subtracts <c>ηλθ</c> from the parameters.</summary>
    Decoupled,
}
