namespace Hyperdual.Minimization.Newton;

/// <summary>
/// The quadratic model <c>f(x) + gᵀp + ½ pᵀ∇²f(x) p</c> at one iterate of a trust-region Newton method: the value and
/// gradient there, and a way to (approximately) minimise the model in a ball.
/// </summary>
internal abstract class NewtonModel(double value, double[] gradient)
{
    /// <summary>f(x).</summary>
    public double Value { get; } = value;

    /// <summary>∇f(x).</summary>
    public double[] Gradient { get; } = gradient;

    /// <summary>Whether the value, gradient and (where formed) Hessian are all finite.</summary>
    public abstract bool IsFinite { get; }

    /// <summary>Whether the Hessian has a clearly negative eigenvalue (where the method can tell; otherwise false).</summary>
    public abstract bool HasNegativeCurvature();

    /// <summary>A step that minimises the model, exactly or approximately, within <c>‖p‖ ≤ radius</c>.</summary>
    public abstract NewtonModelStep Minimize(double radius);
}
