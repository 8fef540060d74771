namespace Hyperdual.Tensors.Modules;

/// <summary>
/// A binder for a number system that keeps nothing for a later pass (plain tensors, jets): a module's
/// input is dead once the module has returned. A <see cref="Sequential"/> chain tells the binder where
/// each of its modules ends, so the binder can give back every buffer the chain made except those
/// holding the last output, and a forward pass holds about two adjacent activations whatever the depth.
/// Binders for number systems that record a tape do not implement it.
/// </summary>
/// <typeparam name="TSelf">The number system.</typeparam>
public interface IChainReleasingBinder<TSelf> : IParameterBinder<TSelf> where TSelf : ITensorNumber<TSelf>
{
    /// <summary>Marks the start of a chain: every buffer alive now (the chain's input, whatever the caller holds) stays alive.</summary>
    /// <returns>The chain's handle, for <see cref="EndModule"/> and <see cref="EndChain"/>.</returns>
    int BeginChain();

    /// <summary>Called after each module of the chain: gives back every buffer made since <see cref="BeginChain"/>
    /// except the storage of <paramref name="output"/> (which may be a view of the module's input).</summary>
    /// <param name="chain">The handle <see cref="BeginChain"/> returned.</param>
    /// <param name="output">The module's output, the next module's input.</param>
    void EndModule(int chain, TSelf output);

    /// <summary>Ends the chain (its output stays alive as the caller's).</summary>
    /// <param name="chain">The handle <see cref="BeginChain"/> returned; chains end in the reverse order they began.</param>
    void EndChain(int chain);
}
