namespace Hyperdual.Tensors.Modules;

/// <summary>
/// Lifts a <see cref="Parameter"/> into a number system: the plain tensor binder gives its values, the
/// jet binder its values plus its slices of the K directions (no second-order part), the hyper-dual
/// binder θ + ε₁u + ε₂w, and the tape binder a leaf of the tape.
/// </summary>
/// <typeparam name="TSelf">The number system.</typeparam>
public interface IParameterBinder<TSelf> where TSelf : ITensorNumber<TSelf>
{
    /// <summary>The parameter as a value of the number system.</summary>
    /// <param name="parameter">The handle.</param>
    /// <returns>The bound value.</returns>
    TSelf Bind(Parameter parameter);
}
