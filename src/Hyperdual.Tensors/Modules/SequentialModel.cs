namespace Hyperdual.Tensors.Modules;

/// <summary>A model made of a <see cref="Sequential"/> chain and its parameters.</summary>
/// <param name="name">A short name (e.g. <c>cnn</c>).</param>
/// <param name="parameters">The parameters the modules registered in.</param>
/// <param name="network">The chain.</param>
public sealed class SequentialModel(string name, ParameterCollection parameters, Sequential network) : IModel
{
    /// <summary>The model's name.</summary>
    public string Name { get; } = name ?? throw new ArgumentNullException(nameof(name));

    /// <inheritdoc/>
    public ParameterCollection Parameters { get; } = parameters ?? throw new ArgumentNullException(nameof(parameters));

    /// <summary>The chain of modules.</summary>
    public Sequential Network { get; } = network ?? throw new ArgumentNullException(nameof(network));

    /// <inheritdoc/>
    public TSelf Forward<TSelf>(TSelf input, IParameterBinder<TSelf> parameters) where TSelf : ITensorNumber<TSelf> =>
        Network.Forward(input, parameters);

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Parameters.Count} parameters)";
}
