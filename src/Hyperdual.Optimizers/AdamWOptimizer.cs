using System.Numerics;

namespace Hyperdual.Optimizers;

/// <summary>
/// AdamW (Loshchilov &amp; Hutter 2019): Adam whose weight decay is decoupled from the gradient,
/// <c>θ ← θ − ηλθ − η·m̂ / (√v̂ + ε)</c> (the decay uses the scheduled rate, as in PyTorch). The step is
/// <see cref="AdamFamilyOptimizer{T}"/>'s in mode <see cref="AdamWeightDecay.Decoupled"/>.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class AdamWOptimizer<T> : AdamFamilyOptimizer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Creates the optimizer for <paramref name="parameterCount"/> parameters.</summary>
    /// <param name="parameterCount">The length of the parameter vector; at least 1.</param>
    /// <param name="options">The hyper-parameters; defaults when null.</param>
    /// <exception cref="ArgumentException">An argument or hyper-parameter is out of range.</exception>
    public AdamWOptimizer(int parameterCount, AdamWOptions? options = null)
        : base(parameterCount, options ??= new AdamWOptions())
    {
        Options = options;
    }

    /// <summary>The hyper-parameters.</summary>
    public AdamWOptions Options { get; }
}
