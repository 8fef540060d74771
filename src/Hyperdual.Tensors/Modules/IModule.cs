namespace Hyperdual.Tensors.Modules;

/// <summary>A piece of a network whose forward pass is written once, over any tensor number system.</summary>
public interface IModule
{
    /// <summary>The forward pass.</summary>
    /// <typeparam name="TSelf">The number system (plain tensor, jet, …).</typeparam>
    /// <param name="input">The input.</param>
    /// <param name="parameters">Lifts the module's parameters into the number system.</param>
    /// <returns>The output.</returns>
    TSelf Forward<TSelf>(TSelf input, IParameterBinder<TSelf> parameters) where TSelf : ITensorNumber<TSelf>;
}
