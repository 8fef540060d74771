namespace Hyperdual.Tensors.Modules;

/// <summary>2-D average pooling (no padding, no parameters).</summary>
/// <param name="kernelSize">The window side.</param>
/// <param name="stride">The stride (defaults to the window side).</param>
public sealed class AvgPool2d(int kernelSize, int? stride = null) : IModule
{
    /// <summary>The window side.</summary>
    public int KernelSize { get; } = kernelSize >= 1 ? kernelSize : throw new ArgumentOutOfRangeException(nameof(kernelSize), kernelSize, "The window side must be at least 1.");

    /// <summary>The stride.</summary>
    public int Stride { get; } = (stride ?? kernelSize) >= 1 ? stride ?? kernelSize : throw new ArgumentOutOfRangeException(nameof(stride), stride, "The stride must be at least 1.");

    /// <inheritdoc/>
    public TSelf Forward<TSelf>(TSelf input, IParameterBinder<TSelf> parameters) where TSelf : ITensorNumber<TSelf> =>
        TSelf.AvgPool2d(input, KernelSize, Stride);
}
