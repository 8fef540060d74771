namespace Hyperdual.Tensors.Modules;

/// <summary>
/// A named block of a model's parameters: a handle (shape and position in the flat parameter
/// vector of its <see cref="ParameterCollection"/>), not the values themselves.
/// </summary>
public sealed class Parameter
{
    private readonly int[] _shape;

    internal Parameter(string name, int[] shape, int offset, int fanIn, int index)
    {
        Name = name;
        _shape = shape;
        Offset = offset;
        Length = TensorShape.Product(shape);
        FanIn = fanIn;
        Index = index;
    }

    /// <summary>The name, e.g. <c>fc1.weight</c>.</summary>
    public string Name { get; }

    /// <summary>The shape.</summary>
    public ReadOnlySpan<int> Shape => _shape;

    /// <summary>The position of the first element in the flat parameter vector.</summary>
    public int Offset { get; }

    /// <summary>The number of elements.</summary>
    public int Length { get; }

    /// <summary>The fan-in used by the default initialisation: uniform(±1/√fanIn).</summary>
    public int FanIn { get; }

    /// <summary>The parameter's position in its collection (its random stream for initialisation).</summary>
    public int Index { get; }

    internal int[] ShapeArray => _shape;

    /// <inheritdoc/>
    public override string ToString() => $"{Name} {TensorShape.Format(_shape)}";
}
