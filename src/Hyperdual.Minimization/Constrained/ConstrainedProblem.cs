namespace Hyperdual.Minimization.Constrained;

/// <summary>
/// <c>min f(x)</c> subject to equality constraints <c>cᵢ(x) = 0</c>, inequality constraints
/// <c>hⱼ(x) ≥ 0</c> and simple bounds <c>l ≤ x ≤ u</c>, each function an <see cref="IScalarFunction"/>.
/// </summary>
public sealed class ConstrainedProblem
{
    /// <summary>Creates and validates a problem.</summary>
    /// <param name="objective">The objective f.</param>
    /// <param name="dimension">The number of variables n ≥ 1.</param>
    /// <param name="equalities">The equality constraints cᵢ(x) = 0; <see langword="null"/> for none.</param>
    /// <param name="inequalities">The inequality constraints hⱼ(x) ≥ 0; <see langword="null"/> for none.</param>
    /// <param name="lowerBounds">Lower bounds, length n, −∞ for none; <see langword="null"/> for all −∞.</param>
    /// <param name="upperBounds">Upper bounds, length n, +∞ for none; <see langword="null"/> for all +∞.</param>
    /// <exception cref="ArgumentException">
    /// A dimension below 1, a bound array of the wrong length, a NaN bound, a lower bound above its upper
    /// bound (infeasible bounds), or a null constraint.
    /// </exception>
    public ConstrainedProblem(
        IScalarFunction objective,
        int dimension,
        IReadOnlyList<IScalarFunction>? equalities = null,
        IReadOnlyList<IScalarFunction>? inequalities = null,
        IReadOnlyList<double>? lowerBounds = null,
        IReadOnlyList<double>? upperBounds = null)
    {
        ArgumentNullException.ThrowIfNull(objective);
        if (dimension < 1)
        {
            throw new ArgumentException($"The dimension must be at least 1; it is {dimension}.", nameof(dimension));
        }

        Objective = objective;
        Dimension = dimension;
        Equalities = CopyConstraints(equalities, nameof(equalities));
        Inequalities = CopyConstraints(inequalities, nameof(inequalities));
        LowerBounds = CopyBounds(lowerBounds, dimension, double.NegativeInfinity, nameof(lowerBounds));
        UpperBounds = CopyBounds(upperBounds, dimension, double.PositiveInfinity, nameof(upperBounds));
        for (int i = 0; i < dimension; i++)
        {
            if (LowerBounds[i] > UpperBounds[i])
            {
                throw new ArgumentException($"The bounds are infeasible: lower bound {LowerBounds[i]} exceeds upper bound {UpperBounds[i]} for x[{i}].", nameof(lowerBounds));
            }

            if (LowerBounds[i] == double.PositiveInfinity || UpperBounds[i] == double.NegativeInfinity)
            {
                throw new ArgumentException($"The bounds are infeasible for x[{i}]: [{LowerBounds[i]}, {UpperBounds[i]}].", nameof(lowerBounds));
            }
        }
    }

    /// <summary>The objective f.</summary>
    public IScalarFunction Objective { get; }

    /// <summary>The number of variables.</summary>
    public int Dimension { get; }

    /// <summary>The equality constraints cᵢ(x) = 0.</summary>
    public IReadOnlyList<IScalarFunction> Equalities { get; }

    /// <summary>The inequality constraints hⱼ(x) ≥ 0.</summary>
    public IReadOnlyList<IScalarFunction> Inequalities { get; }

    /// <summary>The lower bounds (−∞ where none).</summary>
    public IReadOnlyList<double> LowerBounds { get; }

    /// <summary>The upper bounds (+∞ where none).</summary>
    public IReadOnlyList<double> UpperBounds { get; }

    /// <summary>
    /// The constraint violation at <paramref name="x"/>: the largest of |cᵢ(x)|, max(0, −hⱼ(x)) and the
    /// distance of each xₖ outside its bounds.
    /// </summary>
    /// <param name="x">A point of length <see cref="Dimension"/>.</param>
    /// <returns>The violation, 0 at a feasible point.</returns>
    /// <exception cref="ArgumentException">The point has the wrong length.</exception>
    public double Violation(ReadOnlySpan<double> x)
    {
        if (x.Length != Dimension)
        {
            throw new ArgumentException($"The point has length {x.Length}; the problem has {Dimension} variables.", nameof(x));
        }

        double violation = 0.0;
        foreach (IScalarFunction c in Equalities)
        {
            violation = Math.Max(violation, Math.Abs(c.Evaluate(x)));
        }

        foreach (IScalarFunction h in Inequalities)
        {
            violation = Math.Max(violation, Math.Max(0.0, -h.Evaluate(x)));
        }

        for (int i = 0; i < Dimension; i++)
        {
            violation = Math.Max(violation, Math.Max(LowerBounds[i] - x[i], x[i] - UpperBounds[i]));
        }

        return double.IsNaN(violation) ? double.PositiveInfinity : violation;
    }

    private static IReadOnlyList<IScalarFunction> CopyConstraints(IReadOnlyList<IScalarFunction>? constraints, string paramName)
    {
        if (constraints is null)
        {
            return [];
        }

        for (int i = 0; i < constraints.Count; i++)
        {
            if (constraints[i] is null)
            {
                throw new ArgumentException($"Constraint {i} is null.", paramName);
            }
        }

        return constraints.ToArray();
    }

    private static double[] CopyBounds(IReadOnlyList<double>? bounds, int dimension, double fill, string paramName)
    {
        if (bounds is null)
        {
            return Enumerable.Repeat(fill, dimension).ToArray();
        }

        if (bounds.Count != dimension)
        {
            throw new ArgumentException($"The bounds have length {bounds.Count}; the problem has {dimension} variables.", paramName);
        }

        for (int i = 0; i < dimension; i++)
        {
            if (double.IsNaN(bounds[i]))
            {
                throw new ArgumentException($"Bound {i} is NaN.", paramName);
            }
        }

        return bounds.ToArray();
    }
}
