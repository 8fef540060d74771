namespace Hyperdual.Tensors.Modules;

/// <summary>
/// The parameters of a model as one flat vector θ ∈ ℝⁿ (float64 master copy; each evaluation
/// converts to its element type), with named blocks registered by the modules.
/// </summary>
public sealed class ParameterCollection
{
    private readonly List<Parameter> _parameters = [];
    private double[] _values = [];

    /// <summary>The registered parameter blocks, in registration order.</summary>
    public IReadOnlyList<Parameter> Items => _parameters;

    /// <summary>The total number of scalar parameters n.</summary>
    public int Count => _values.Length;

    /// <summary>The flat parameter vector θ (blocks in registration order); optimizers update it in place.</summary>
    public Span<double> Values => _values;

    /// <summary>The flat parameter vector as an array (the live storage, not a copy).</summary>
    public double[] ValuesArray => _values;

    /// <summary>Registers a new block (initialised to zero; call <see cref="Initialize"/>).</summary>
    /// <param name="name">A unique name.</param>
    /// <param name="shape">The block's shape.</param>
    /// <param name="fanIn">The fan-in of the default initialisation (positive).</param>
    /// <returns>The handle.</returns>
    public Parameter Add(string name, int[] shape, int fanIn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(fanIn, 1);
        if (_parameters.Exists(p => p.Name == name))
        {
            throw new ArgumentException($"A parameter named '{name}' is already registered.", nameof(name));
        }

        int[] dims = TensorShape.Validate(shape, nameof(shape));
        var parameter = new Parameter(name, dims, _values.Length, fanIn, _parameters.Count);
        Array.Resize(ref _values, _values.Length + parameter.Length);
        _parameters.Add(parameter);
        return parameter;
    }

    /// <summary>
    /// PyTorch's default initialisation, seeded: every block uniform(−b, b) with b = 1/√fanIn (what
    /// kaiming-uniform with a = √5 gives for weights, and the bias rule); element e of block p is
    /// <c>CounterRandom.Uniform(seed, p, e)</c> mapped to (−b, b).
    /// </summary>
    /// <param name="seed">The seed.</param>
    public void Initialize(ulong seed)
    {
        foreach (Parameter p in _parameters)
        {
            double bound = 1.0 / Math.Sqrt(p.FanIn);
            Span<double> block = _values.AsSpan(p.Offset, p.Length);
            for (int e = 0; e < block.Length; e++)
            {
                block[e] = ((2.0 * CounterRandom.Uniform(seed, (ulong)p.Index, (ulong)e)) - 1.0) * bound;
            }
        }
    }

    /// <summary>Copies θ into <paramref name="destination"/>.</summary>
    /// <param name="destination">A span of length <see cref="Count"/>.</param>
    public void CopyTo(Span<double> destination)
    {
        CheckLength(destination.Length, nameof(destination));
        _values.CopyTo(destination);
    }

    /// <summary>Sets θ from <paramref name="source"/>.</summary>
    /// <param name="source">A span of length <see cref="Count"/>.</param>
    public void CopyFrom(ReadOnlySpan<double> source)
    {
        CheckLength(source.Length, nameof(source));
        source.CopyTo(_values);
    }

    /// <summary>Looks a block up by name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The handle.</returns>
    public Parameter this[string name] =>
        _parameters.Find(p => p.Name == name) ?? throw new KeyNotFoundException($"No parameter named '{name}'.");

    internal void CheckLength(int length, string paramName)
    {
        if (length != _values.Length)
        {
            throw new ArgumentException($"Expected a parameter vector of length {_values.Length}, got {length}.", paramName);
        }
    }
}
