using System.Numerics;
using Hyperdual.Tensors.Modules;

namespace Hyperdual.Tensors.Evaluation;

/// <summary>Binds parameters as plain tensors: the values of θ converted to <typeparamref name="T"/>. Inside a
/// <see cref="Sequential"/> chain it gives back each module's dead tensors as the module returns.</summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class TensorBinder<T> : IChainReleasingBinder<Tensor<T>> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly ReadOnlyMemory<double> _parameters;
    private readonly ChainBuffers<T> _chains = new();

    /// <summary>Creates the binder.</summary>
    /// <param name="parameters">The flat parameter vector θ.</param>
    public TensorBinder(ReadOnlyMemory<double> parameters) => _parameters = parameters;

    /// <inheritdoc/>
    public Tensor<T> Bind(Parameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        BinderChecks.Fits(parameter, _parameters.Length);
        Tensor<T> tensor = Tensor<T>.Allocate(parameter.Shape, clear: false);
        ReadOnlySpan<double> source = _parameters.Span.Slice(parameter.Offset, parameter.Length);
        Span<T> dest = tensor.Span;
        for (int e = 0; e < source.Length; e++)
        {
            dest[e] = T.CreateTruncating(source[e]);
        }

        return tensor;
    }

    /// <inheritdoc/>
    public int BeginChain() => _chains.Begin();

    /// <inheritdoc/>
    public void EndModule(int chain, Tensor<T> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _chains.EndModule(chain, output.Storage);
    }

    /// <inheritdoc/>
    public void EndChain(int chain) => _chains.End(chain);
}
