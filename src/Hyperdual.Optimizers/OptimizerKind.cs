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

    /// <summary>Forward gradient descent: <c>θ ← θ − η (∇L·v) v</c> with one random direction.</summary>
    Fgd = 5,

    /// <summary>FoMoH: the forward gradient step scaled by the inverse curvature along the direction.</summary>
    Fomoh = 6,

    /// <summary>FoMoH-BP: the backprop gradient as the single direction, with a Newton step length along it.</summary>
    FomohBp = 7,

    /// <summary>FoMoH-KD: a Newton step in the span of K directions, with the hyperplane Hessian repaired.</summary>
    FomohKd = 8,
}
