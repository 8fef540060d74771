using System.Numerics;

namespace Hyperdual.Minimization.Constrained;

/// <summary>A simple bound written as an inequality constraint: <c>xₖ − l ≥ 0</c> or <c>u − xₖ ≥ 0</c>.</summary>
internal sealed class BoundConstraint(int index, double bound, bool isLower) : IScalarFunction
{
    public int Index { get; } = index;

    public bool IsLower { get; } = isLower;

    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
    {
        T b = T.CreateChecked(bound);
        return IsLower ? x[Index] - b : b - x[Index];
    }
}
