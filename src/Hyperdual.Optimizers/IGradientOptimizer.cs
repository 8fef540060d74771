using System.Numerics;

namespace Hyperdual.Optimizers;

/// <summary>
/// The common shape of every gradient (backprop) optimizer: it sees a flat parameter vector, a gradient of the
/// same length, the loss at those parameters, and its own explicit state. It knows nothing of models or kernels.
/// </summary>
/// <typeparam name="T">The element type of parameters and state (<see cref="float"/> for training, <see cref="double"/> for verification).</typeparam>
public interface IGradientOptimizer<T> : IOptimizer where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Updates <paramref name="parameters"/> in place by one step. Allocates nothing.</summary>
    /// <param name="parameters">The parameters θ; length <see cref="IOptimizer.ParameterCount"/>.</param>
    /// <param name="gradient">∇L at θ; length <see cref="IOptimizer.ParameterCount"/>; must not overlap <paramref name="parameters"/>.</param>
    /// <param name="loss">The loss L at θ. SOAA uses it; SGD, Adam and AdamW ignore it.</param>
    /// <exception cref="ArgumentException">A span has the wrong length, or the loss is not finite where it is used.</exception>
    void Step(Span<T> parameters, ReadOnlySpan<T> gradient, double loss);
}
