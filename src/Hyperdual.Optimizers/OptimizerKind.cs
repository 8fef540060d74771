namespace Hyperdual.Optimizers;

/// <summary>The optimizers of this library; the value is written into state files.</summary>
public enum OptimizerKind
{
    /// <summary>Stochastic gradient descent with optional momentum, Nesterov and weight decay.</summary>
    Sgd = 1,

    /// <summary>Adam with L2 weight decay added to the gradient.</summary>
    Adam = 2,

    /// <summary>Adam with decoupled weight decay.</summary>
    AdamW = 3,

    /// <summary>Second-order adaptive Adam (Vo 2024) and its Tadam-style variant.</summary>
    Soaa = 4,
}
