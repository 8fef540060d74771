namespace Hyperdual.Tensors.Models;

/// <summary>
/// The sizes of the FoMoH paper's CNN: conv inC→C₁ k×k, relu, max-pool 2, conv C₁→C₂ k×k, relu,
/// max-pool 2, flatten, linear →hidden, relu, linear →classes. The defaults are the paper's MNIST
/// network (431,080 parameters); smaller values make fast tests. The model applies each relu after its
/// max-pool: the same function with the same derivatives (a max commutes with the non-decreasing relu, ties
/// included), on a quarter of the elements.
/// </summary>
public sealed record CnnOptions
{
    /// <summary>Input channels.</summary>
    public int InChannels { get; init; } = 1;

    /// <summary>Input height.</summary>
    public int Height { get; init; } = 28;

    /// <summary>Input width.</summary>
    public int Width { get; init; } = 28;

    /// <summary>Channels of the first convolution.</summary>
    public int Conv1Channels { get; init; } = 20;

    /// <summary>Channels of the second convolution.</summary>
    public int Conv2Channels { get; init; } = 50;

    /// <summary>The side of both convolution kernels.</summary>
    public int KernelSize { get; init; } = 5;

    /// <summary>Width of the hidden linear layer.</summary>
    public int Hidden { get; init; } = 500;

    /// <summary>Number of classes.</summary>
    public int Classes { get; init; } = 10;
}
