namespace Hyperdual.Tensors.Modules;

/// <summary>Reshapes its input (a view); one dimension may be −1, e.g. <c>[-1, 1, 28, 28]</c>.</summary>
public sealed class Reshape : IModule
{
    private readonly int[] _shape;

    /// <summary>Creates the module.</summary>
    /// <param name="shape">The target shape.</param>
    public Reshape(params int[] shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        _shape = (int[])shape.Clone();
    }

    /// <summary>The target shape.</summary>
    public ReadOnlySpan<int> Shape => _shape;

    /// <inheritdoc/>
    public TSelf Forward<TSelf>(TSelf input, IParameterBinder<TSelf> parameters) where TSelf : ITensorNumber<TSelf> =>
        TSelf.Reshape(input, _shape);
}
