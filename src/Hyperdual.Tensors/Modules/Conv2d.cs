namespace Hyperdual.Tensors.Modules;

/// <summary>2-D convolution, weight <c>[outC, inC, k, k]</c>, bias <c>[outC]</c>, NCHW input.</summary>
public sealed class Conv2d : IModule
{
    /// <summary>Creates the layer and registers <c>{name}.weight</c> and (optionally) <c>{name}.bias</c>.</summary>
    /// <param name="parameters">The collection to register in.</param>
    /// <param name="name">The layer's name.</param>
    /// <param name="inChannels">Input channels.</param>
    /// <param name="outChannels">Output channels.</param>
    /// <param name="kernelSize">The square kernel's side.</param>
    /// <param name="stride">The stride.</param>
    /// <param name="padding">The zero padding.</param>
    /// <param name="bias">Whether to have a bias.</param>
    public Conv2d(ParameterCollection parameters, string name, int inChannels, int outChannels, int kernelSize,
        int stride = 1, int padding = 0, bool bias = true)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentOutOfRangeException.ThrowIfLessThan(inChannels, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(outChannels, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(kernelSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(padding);
        int fanIn = inChannels * kernelSize * kernelSize;
        Weight = parameters.Add($"{name}.weight", [outChannels, inChannels, kernelSize, kernelSize], fanIn);
        Bias = bias ? parameters.Add($"{name}.bias", [outChannels], fanIn) : null;
        Stride = stride;
        Padding = padding;
    }

    /// <summary>The weight <c>[outC, inC, k, k]</c>.</summary>
    public Parameter Weight { get; }

    /// <summary>The bias <c>[outC]</c>, or null.</summary>
    public Parameter? Bias { get; }

    /// <summary>The stride.</summary>
    public int Stride { get; }

    /// <summary>The zero padding.</summary>
    public int Padding { get; }

    /// <inheritdoc/>
    public TSelf Forward<TSelf>(TSelf input, IParameterBinder<TSelf> parameters) where TSelf : ITensorNumber<TSelf>
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return TSelf.Conv2d(input, parameters.Bind(Weight), Bias is null ? default : parameters.Bind(Bias), Stride, Padding);
    }
}
