namespace Hyperdual.Tensors.Modules;

/// <summary>Fully connected layer <c>y = x Wᵀ + b</c>, W <c>[out, in]</c>, b <c>[out]</c>.</summary>
public sealed class Linear : IModule
{
    /// <summary>Creates the layer and registers <c>{name}.weight</c> and (optionally) <c>{name}.bias</c>.</summary>
    /// <param name="parameters">The collection to register in.</param>
    /// <param name="name">The layer's name.</param>
    /// <param name="inFeatures">Input features.</param>
    /// <param name="outFeatures">Output features.</param>
    /// <param name="bias">Whether to have a bias.</param>
    public Linear(ParameterCollection parameters, string name, int inFeatures, int outFeatures, bool bias = true)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentOutOfRangeException.ThrowIfLessThan(inFeatures, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(outFeatures, 1);
        Weight = parameters.Add($"{name}.weight", [outFeatures, inFeatures], inFeatures);
        Bias = bias ? parameters.Add($"{name}.bias", [outFeatures], inFeatures) : null;
    }

    /// <summary>The weight <c>[out, in]</c>.</summary>
    public Parameter Weight { get; }

    /// <summary>The bias <c>[out]</c>, or null.</summary>
    public Parameter? Bias { get; }

    /// <inheritdoc/>
    public TSelf Forward<TSelf>(TSelf input, IParameterBinder<TSelf> parameters) where TSelf : ITensorNumber<TSelf>
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return TSelf.Linear(input, parameters.Bind(Weight), Bias is null ? default : parameters.Bind(Bias));
    }
}
