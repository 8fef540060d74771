namespace Hyperdual.Tensors.Modules;

/// <summary>Flattens everything but the batch dimension: <c>[n, ...] → [n, m]</c>.</summary>
public sealed class Flatten : IModule
{
    /// <inheritdoc/>
    public TSelf Forward<TSelf>(TSelf input, IParameterBinder<TSelf> parameters) where TSelf : ITensorNumber<TSelf> =>
        TSelf.Flatten(input);
}
