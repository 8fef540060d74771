using System.Numerics;

namespace Hyperdual.TestFunctions;

/// <summary>
/// A classical optimization test function with its analytic gradient and Hessian, a standard starting
/// point and (where unique) its known minimiser. The analytic derivatives are hand-derived closed forms,
/// independent of automatic differentiation, so they serve as a reference for it.
/// </summary>
public abstract class TestFunction : IScalarFunction
{
    /// <summary>The name used on the command line, lower-case with hyphens (for example <c>rosenbrock</c>).</summary>
    public abstract string Name { get; }

    /// <summary>A one-line description with the formula.</summary>
    public abstract string Description { get; }

    /// <summary>The only dimension the function is defined for, or <see langword="null"/> when any <c>n ≥ </c><see cref="MinDimension"/> works.</summary>
    public virtual int? FixedDimension => null;

    /// <summary>The smallest dimension the function is defined for.</summary>
    public virtual int MinDimension => FixedDimension ?? 1;

    /// <summary>The dimension used when the caller does not choose one.</summary>
    public virtual int DefaultDimension => FixedDimension ?? 2;

    /// <summary>The minimum value of the function in dimension <paramref name="n"/>.</summary>
    /// <param name="n">The dimension.</param>
    /// <returns>The global minimum value.</returns>
    public abstract double MinimumValue(int n);

    /// <summary>The standard starting point from the literature in dimension <paramref name="n"/>.</summary>
    /// <param name="n">The dimension.</param>
    /// <returns>A new array of length <paramref name="n"/>.</returns>
    public abstract double[] StandardStart(int n);

    /// <summary>
    /// The global minimiser (one of them, where the function has several: the one named in
    /// <see cref="Description"/>), or <see langword="null"/> when none is canonical. A local method started
    /// at <see cref="StandardStart"/> need not reach it: chained Rosenbrock in 5, 8 and 16 dimensions, for
    /// example, has a local minimum near <c>x₁ = −1</c> (f ≈ 3.9–4.0) that Newton methods reach from the
    /// classical start.
    /// </summary>
    /// <param name="n">The dimension.</param>
    /// <returns>A new array of length <paramref name="n"/>, or <see langword="null"/>.</returns>
    public abstract double[]? KnownMinimizer(int n);

    /// <inheritdoc/>
    public abstract T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>;

    /// <summary>The hand-derived gradient at <paramref name="x"/>.</summary>
    /// <param name="x">The point.</param>
    /// <returns>A new array holding ∇f(x).</returns>
    public abstract double[] AnalyticGradient(ReadOnlySpan<double> x);

    /// <summary>The hand-derived Hessian at <paramref name="x"/>.</summary>
    /// <param name="x">The point.</param>
    /// <returns>A new symmetric matrix holding ∇²f(x).</returns>
    public abstract double[,] AnalyticHessian(ReadOnlySpan<double> x);

    /// <summary>
    /// Throws an <see cref="ArgumentException"/> naming <paramref name="paramName"/> when
    /// <paramref name="n"/> is not a dimension this function accepts.
    /// </summary>
    /// <param name="n">The proposed dimension.</param>
    /// <param name="paramName">The argument name to report.</param>
    public void ValidateDimension(int n, string paramName = "n")
    {
        string? problem = DimensionProblem(n);
        if (problem is not null)
        {
            throw new ArgumentException(problem, paramName);
        }
    }

    /// <summary>Describes why <paramref name="n"/> is not an acceptable dimension, or returns <see langword="null"/> when it is.</summary>
    /// <param name="n">The proposed dimension.</param>
    /// <returns>A sentence naming the function and the requirement, or <see langword="null"/>.</returns>
    public virtual string? DimensionProblem(int n)
    {
        if (FixedDimension is int fixedN && n != fixedN)
        {
            return $"function '{Name}' is defined only in dimension {fixedN}, not {n}";
        }

        if (n < MinDimension)
        {
            return $"function '{Name}' needs dimension at least {MinDimension}, not {n}";
        }

        return null;
    }

    /// <summary>Returns <see cref="Name"/>.</summary>
    /// <returns>The function's name.</returns>
    public override string ToString() => Name;

    /// <summary>Converts a constant to the number system <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The number system.</typeparam>
    /// <param name="value">The constant.</param>
    /// <returns>The constant as a <typeparamref name="T"/> with zero derivative parts.</returns>
    protected static T C<T>(double value) where T : IFloatingPointIeee754<T> => T.CreateChecked(value);

    /// <summary>An <paramref name="n"/>-vector filled with <paramref name="value"/>.</summary>
    /// <param name="n">The length.</param>
    /// <param name="value">The fill value.</param>
    /// <returns>A new array.</returns>
    protected static double[] Filled(int n, double value)
    {
        var result = new double[n];
        Array.Fill(result, value);
        return result;
    }
}
