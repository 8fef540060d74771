using System.Numerics;
using Hyperdual.Tensors.Modules;

namespace Hyperdual.Tensors.Evaluation;

/// <summary>
/// Binds parameters as leaves of a <see cref="Tape{T}"/>: the value is the parameter's block of θ,
/// the gradient accumulates into the same block of a flat gradient array (so the gradient comes out
/// in <see cref="ParameterCollection"/> order). A parameter bound twice is the same leaf.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class TapeBinder<T> : IParameterBinder<TapeTensor<T>> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly Tape<T> _tape;
    private readonly ReadOnlyMemory<double> _parameters;
    private readonly T[] _gradient;
    private readonly Dictionary<Parameter, TapeTensor<T>> _leaves = [];

    /// <summary>Creates the binder.</summary>
    /// <param name="tape">The tape to record the leaves on.</param>
    /// <param name="parameters">The flat parameter vector θ.</param>
    /// <param name="gradient">The flat gradient, as long as θ; the caller zeroes it before the backward pass.</param>
    public TapeBinder(Tape<T> tape, ReadOnlyMemory<double> parameters, T[] gradient)
    {
        ArgumentNullException.ThrowIfNull(tape);
        ArgumentNullException.ThrowIfNull(gradient);
        if (gradient.Length != parameters.Length)
        {
            throw new ArgumentException($"The gradient has length {gradient.Length} but there are {parameters.Length} parameters.", nameof(gradient));
        }

        _tape = tape;
        _parameters = parameters;
        _gradient = gradient;
    }

    /// <inheritdoc/>
    public TapeTensor<T> Bind(Parameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        if (_leaves.TryGetValue(parameter, out TapeTensor<T>? leaf))
        {
            return leaf;
        }

        BinderChecks.Fits(parameter, _parameters.Length);
        Tensor<T> value = Tensor<T>.Allocate(parameter.Shape, clear: false);
        ReadOnlySpan<double> source = _parameters.Span.Slice(parameter.Offset, parameter.Length);
        Span<T> dest = value.Span;
        for (int e = 0; e < source.Length; e++)
        {
            dest[e] = T.CreateTruncating(source[e]);
        }

        leaf = _tape.Leaf(value, _gradient, parameter.Offset);
        _leaves.Add(parameter, leaf);
        return leaf;
    }
}
