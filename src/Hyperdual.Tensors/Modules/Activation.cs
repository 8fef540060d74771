namespace Hyperdual.Tensors.Modules;

/// <summary>An elementwise activation as a module.</summary>
/// <param name="kind">Which activation.</param>
public sealed class Activation(ActivationKind kind) : IModule
{
    /// <summary>The negative slope used by <see cref="ActivationKind.LeakyRelu"/>.</summary>
    public const double LeakyReluSlope = 0.01;

    /// <summary>Which activation.</summary>
    public ActivationKind Kind { get; } = Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown activation.");

    /// <summary>Parses a name such as <c>relu</c>, <c>tanh</c>, <c>gelu</c> (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The kind.</returns>
    public static ActivationKind Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string key = name.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        return Enum.TryParse(key, ignoreCase: true, out ActivationKind kind) && Enum.IsDefined(kind)
            ? kind
            : throw new ArgumentException($"Unknown activation '{name}'; expected one of {string.Join(", ", Enum.GetNames<ActivationKind>()).ToLowerInvariant()}.", nameof(name));
    }

    /// <inheritdoc/>
    public TSelf Forward<TSelf>(TSelf input, IParameterBinder<TSelf> parameters) where TSelf : ITensorNumber<TSelf> => Kind switch
    {
        ActivationKind.Relu => TSelf.Relu(input),
        ActivationKind.LeakyRelu => TSelf.LeakyRelu(input, LeakyReluSlope),
        ActivationKind.Tanh => TSelf.Tanh(input),
        ActivationKind.Sigmoid => TSelf.Sigmoid(input),
        ActivationKind.Gelu => TSelf.Gelu(input),
        ActivationKind.Softplus => TSelf.Softplus(input),
        _ => TSelf.Silu(input),
    };
}
