using System.Numerics;

namespace Hyperdual.Minimization.Constrained;

/// <summary>The Lagrangian <c>f − Σ λᵢcᵢ − Σ μⱼhⱼ</c> for fixed multipliers (bounds included among the hⱼ).</summary>
internal sealed class LagrangianFunction(
    IScalarFunction objective,
    IReadOnlyList<IScalarFunction> equalities,
    IReadOnlyList<IScalarFunction> inequalities,
    double[] equalityMultipliers,
    double[] inequalityMultipliers) : IScalarFunction
{
    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
    {
        T sum = objective.Evaluate(x);
        for (int i = 0; i < equalities.Count; i++)
        {
            sum -= T.CreateChecked(equalityMultipliers[i]) * equalities[i].Evaluate(x);
        }

        for (int j = 0; j < inequalities.Count; j++)
        {
            sum -= T.CreateChecked(inequalityMultipliers[j]) * inequalities[j].Evaluate(x);
        }

        return sum;
    }
}
