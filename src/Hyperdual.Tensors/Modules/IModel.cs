namespace Hyperdual.Tensors.Modules;

/// <summary>A whole network: a module together with the collection that holds its parameters.
/// Implement it in your own class (forward pass written with the ops of <see cref="ITensorNumber{TSelf}"/>)
/// and every evaluator and optimizer works with it unchanged.</summary>
public interface IModel : IModule
{
    /// <summary>The model's parameters.</summary>
    ParameterCollection Parameters { get; }
}
