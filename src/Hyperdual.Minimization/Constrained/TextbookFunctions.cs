using System.Numerics;

namespace Hyperdual.Minimization.Constrained;

// The objectives and constraints of the textbook problems in ConstrainedTestProblemCatalog, written once
// over generic math. Hock–Schittkowski numbering follows "Test Examples for Nonlinear Programming Codes"
// (Hock & Schittkowski 1981), with indices shifted to start at 0.

/// <summary>x₀ + x₁.</summary>
internal sealed class SumOfTwo : IScalarFunction
{
    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T> => x[0] + x[1];
}

/// <summary>x₀² + x₁² − 1.</summary>
internal sealed class UnitCircle : IScalarFunction
{
    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T> => (x[0] * x[0]) + (x[1] * x[1]) - T.One;
}

/// <summary>(x₀ − 2)² + (x₁ − 1)².</summary>
internal sealed class ShiftedParaboloid : IScalarFunction
{
    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
    {
        T a = x[0] - T.CreateChecked(2.0);
        T b = x[1] - T.One;
        return (a * a) + (b * b);
    }
}

/// <summary>2 − x₀ − x₁ (≥ 0).</summary>
internal sealed class HalfPlaneSumAtMostTwo : IScalarFunction
{
    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T> => T.CreateChecked(2.0) - x[0] - x[1];
}

/// <summary>HS6 objective (1 − x₀)².</summary>
internal sealed class Hs006Objective : IScalarFunction
{
    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
    {
        T a = T.One - x[0];
        return a * a;
    }
}

/// <summary>HS6 constraint 10(x₁ − x₀²) = 0.</summary>
internal sealed class Hs006Constraint : IScalarFunction
{
    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T> => T.CreateChecked(10.0) * (x[1] - (x[0] * x[0]));
}

/// <summary>HS7 objective log(1 + x₀²) − x₁.</summary>
internal sealed class Hs007Objective : IScalarFunction
{
    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T> => T.Log(T.One + (x[0] * x[0])) - x[1];
}

/// <summary>HS7 constraint (1 + x₀²)² + x₁² − 4 = 0.</summary>
internal sealed class Hs007Constraint : IScalarFunction
{
    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
    {
        T a = T.One + (x[0] * x[0]);
        return (a * a) + (x[1] * x[1]) - T.CreateChecked(4.0);
    }
}

/// <summary>HS28 objective (x₀ + x₁)² + (x₁ + x₂)².</summary>
internal sealed class Hs028Objective : IScalarFunction
{
    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
    {
        T a = x[0] + x[1];
        T b = x[1] + x[2];
        return (a * a) + (b * b);
    }
}

/// <summary>HS28 constraint x₀ + 2x₁ + 3x₂ − 1 = 0.</summary>
internal sealed class Hs028Constraint : IScalarFunction
{
    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T> => x[0] + (T.CreateChecked(2.0) * x[1]) + (T.CreateChecked(3.0) * x[2]) - T.One;
}

/// <summary>HS35 objective 9 − 8x₀ − 6x₁ − 4x₂ + 2x₀² + 2x₁² + x₂² + 2x₀x₁ + 2x₀x₂.</summary>
internal sealed class Hs035Objective : IScalarFunction
{
    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
    {
        T two = T.CreateChecked(2.0);
        return T.CreateChecked(9.0) - (T.CreateChecked(8.0) * x[0]) - (T.CreateChecked(6.0) * x[1]) - (T.CreateChecked(4.0) * x[2])
            + (two * x[0] * x[0]) + (two * x[1] * x[1]) + (x[2] * x[2]) + (two * x[0] * x[1]) + (two * x[0] * x[2]);
    }
}

/// <summary>HS35 constraint 3 − x₀ − x₁ − 2x₂ ≥ 0.</summary>
internal sealed class Hs035Constraint : IScalarFunction
{
    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T> => T.CreateChecked(3.0) - x[0] - x[1] - (T.CreateChecked(2.0) * x[2]);
}

/// <summary>HS71 objective x₀x₃(x₀ + x₁ + x₂) + x₂.</summary>
internal sealed class Hs071Objective : IScalarFunction
{
    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T> => (x[0] * x[3] * (x[0] + x[1] + x[2])) + x[2];
}

/// <summary>HS71 constraint x₀x₁x₂x₃ − 25 ≥ 0.</summary>
internal sealed class Hs071Product : IScalarFunction
{
    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T> => (x[0] * x[1] * x[2] * x[3]) - T.CreateChecked(25.0);
}

/// <summary>HS71 constraint x₀² + x₁² + x₂² + x₃² − 40 = 0.</summary>
internal sealed class Hs071Sphere : IScalarFunction
{
    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T> => (x[0] * x[0]) + (x[1] * x[1]) + (x[2] * x[2]) + (x[3] * x[3]) - T.CreateChecked(40.0);
}
