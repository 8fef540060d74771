using System.Numerics;

namespace Hyperdual.Optimizers;

/// <summary>
/// Adam (Kingma &amp; Ba 2015) with optional AMSGrad; weight decay λ is an L2 term added to the gradient
/// (<c>g ← ∇L + λθ</c>) before the moments. The step is <see cref="AdamFamilyOptimizer{T}"/>'s in mode
/// <see cref="AdamWeightDecay.InGradient"/>.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class AdamOptimizer<T> : AdamFamilyOptimizer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Creates the optimizer for <paramref name="parameterCount"/> parameters.</summary>
    /// <param name="parameterCount">The length of the parameter vector; at least 1.</param>
    /// <param name="options">The hyper-parameters; defaults when null.</param>
    /// <exception cref="ArgumentException">An argument or hyper-parameter is out of range.</exception>
    public AdamOptimizer(int parameterCount, AdamOptions? options = null)
        : base(parameterCount, options ??= new AdamOptions())
    {
        Options = options;
    }

    /// <summary>The hyper-parameters.</summary>
    public AdamOptions Options { get; }
}
