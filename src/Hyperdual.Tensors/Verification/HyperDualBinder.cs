using Hyperdual.Tensors.Evaluation;
using Hyperdual.Tensors.Modules;

namespace Hyperdual.Tensors.Verification;

/// <summary>
/// Binds parameters as plain tensors of hyper-dual numbers θ + ε₁vₐ + ε₂v_b: evaluating a model on
/// <c>Tensor&lt;HyperDual&lt;double&gt;&gt;</c> with it is one "separate hyper-dual pass", an
/// independent reference for the jet's gₐ, g_b and H_ab (the slow generic path).
/// </summary>
public sealed class HyperDualBinder : IParameterBinder<Tensor<HyperDual<double>>>
{
    private readonly ReadOnlyMemory<double> _parameters;
    private readonly Directions _directions;
    private readonly int _first;
    private readonly int _second;

    /// <summary>Creates the binder.</summary>
    /// <param name="parameters">θ.</param>
    /// <param name="directions">The directions.</param>
    /// <param name="first">a: the direction on ε₁.</param>
    /// <param name="second">b: the direction on ε₂ (may equal a).</param>
    public HyperDualBinder(ReadOnlyMemory<double> parameters, Directions directions, int first, int second)
    {
        ArgumentNullException.ThrowIfNull(directions);
        if (directions.Dimension != parameters.Length)
        {
            throw new ArgumentException(
                $"The directions have dimension {directions.Dimension} but there are {parameters.Length} parameters.", nameof(directions));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(first, directions.K);
        ArgumentOutOfRangeException.ThrowIfNegative(second);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(second, directions.K);
        _parameters = parameters;
        _directions = directions;
        _first = first;
        _second = second;
    }

    /// <inheritdoc/>
    public Tensor<HyperDual<double>> Bind(Parameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        BinderChecks.Fits(parameter, _parameters.Length);
        var u = new double[parameter.Length];
        var w = new double[parameter.Length];
        _directions.Fill<double>(_first, parameter.Offset, u);
        _directions.Fill<double>(_second, parameter.Offset, w);
        Tensor<HyperDual<double>> tensor = Tensor<HyperDual<double>>.Allocate(parameter.Shape, clear: false);
        ReadOnlySpan<double> theta = _parameters.Span.Slice(parameter.Offset, parameter.Length);
        Span<HyperDual<double>> dest = tensor.Span;
        for (int e = 0; e < dest.Length; e++)
        {
            dest[e] = new HyperDual<double>(theta[e], u[e], w[e], 0.0);
        }

        return tensor;
    }
}
