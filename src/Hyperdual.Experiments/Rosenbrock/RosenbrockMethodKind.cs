namespace Hyperdual.Experiments.Rosenbrock;

/// <summary>The minimisers the Rosenbrock study compares.</summary>
public enum RosenbrockMethodKind
{
    /// <summary>Forward gradient descent: <c>x ← x − η (∇f·v) v</c>, one direction per iteration.</summary>
    ForwardGradient,

    /// <summary>FoMoH (K = 1): <c>x ← x − η (∇f·v) / (|vᵀ∇²f v| + ε) · v</c>.</summary>
    Fomoh,

    /// <summary>FoMoH-KD: the hyperplane step in the span of K directions.</summary>
    FomohKd,

    /// <summary>This library's trust-region Newton on the exact Hessian.</summary>
    NewtonTrustRegion,
}
