using System.Numerics;

namespace Hyperdual.Minimization.Constrained;

/// <summary>
/// The Powell–Hestenes–Rockafellar augmented Lagrangian for fixed multipliers and penalty:
/// <c>Φ(x) = f(x) + Σᵢ (−λᵢcᵢ + ½ρcᵢ²) + Σⱼ ψ(hⱼ, μⱼ)</c> with
/// <c>ψ(h, μ) = −μh + ½ρh²</c> when <c>ρh &lt; μ</c> and <c>−μ²/(2ρ)</c> otherwise.
/// Φ is C¹ with a piecewise-continuous Hessian; the branch is chosen by the value part, so the
/// hyper-dual Hessian is the Hessian of the active piece.
/// </summary>
internal sealed class AugmentedLagrangianFunction(
    IScalarFunction objective,
    IReadOnlyList<IScalarFunction> equalities,
    IReadOnlyList<IScalarFunction> inequalities,
    double[] equalityMultipliers,
    double[] inequalityMultipliers,
    double penalty) : IScalarFunction
{
    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
    {
        T rho = T.CreateChecked(penalty);
        T half = T.CreateChecked(0.5);
        T sum = objective.Evaluate(x);
        for (int i = 0; i < equalities.Count; i++)
        {
            T c = equalities[i].Evaluate(x);
            sum += (half * rho * c * c) - (T.CreateChecked(equalityMultipliers[i]) * c);
        }

        for (int j = 0; j < inequalities.Count; j++)
        {
            T h = inequalities[j].Evaluate(x);
            double mu = inequalityMultipliers[j];
            T muT = T.CreateChecked(mu);
            if (rho * h < muT)
            {
                sum += (half * rho * h * h) - (muT * h);
            }
            else
            {
                sum -= T.CreateChecked(mu * mu / (2.0 * penalty));
            }
        }

        return sum;
    }
}
