using Hyperdual.Optimizers.LinearAlgebra;

namespace Hyperdual.Minimization.Constrained;

/// <summary>Constrained minimisation with exact Hessians.</summary>
public static class ConstrainedMinimizer
{
    /// <summary>
    /// The augmented-Lagrangian method (bound-constrained Lagrangian, Nocedal &amp; Wright §17.4, with
    /// bounds handled as inequality constraints): each outer iteration minimises the PHR augmented
    /// Lagrangian with <see cref="Minimizer.NewtonTrustRegion"/>, then updates
    /// <c>λᵢ ← λᵢ − ρcᵢ</c>, <c>μⱼ ← max(0, μⱼ − ρhⱼ)</c>; the penalty grows when the violation did not
    /// fall to a quarter of its previous value.
    /// </summary>
    /// <param name="problem">The problem.</param>
    /// <param name="start">The starting point, length <see cref="ConstrainedProblem.Dimension"/>, finite; it is first clipped into the bounds.</param>
    /// <param name="options">Settings; <see langword="null"/> for the defaults.</param>
    /// <returns>The result with the point, value, violation and multipliers.</returns>
    /// <exception cref="ArgumentException">A start of the wrong length or with a non-finite entry, or an invalid option.</exception>
    public static ConstrainedResult AugmentedLagrangian(ConstrainedProblem problem, ReadOnlySpan<double> start, AugmentedLagrangianOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= new AugmentedLagrangianOptions();
        options.Validate();
        if (start.Length != problem.Dimension)
        {
            throw new ArgumentException($"The starting point has length {start.Length}; the problem has {problem.Dimension} variables.", nameof(start));
        }

        double[] x = StartValidation.CopyFiniteStart(start, nameof(start));
        for (int k = 0; k < x.Length; k++)
        {
            x[k] = Math.Clamp(x[k], problem.LowerBounds[k], problem.UpperBounds[k]);
        }

        // Every function must accept the dimension and be finite at the (clipped) start.
        CheckFiniteAt(problem.Objective, x, "objective");
        for (int i = 0; i < problem.Equalities.Count; i++)
        {
            CheckFiniteAt(problem.Equalities[i], x, $"equality constraint {i}");
        }

        for (int j = 0; j < problem.Inequalities.Count; j++)
        {
            CheckFiniteAt(problem.Inequalities[j], x, $"inequality constraint {j}");
        }

        // Inequalities seen by the method: the user's, then one per finite bound.
        var inequalities = new List<IScalarFunction>(problem.Inequalities);
        var bounds = new List<BoundConstraint>();
        for (int k = 0; k < problem.Dimension; k++)
        {
            if (double.IsFinite(problem.LowerBounds[k]))
            {
                bounds.Add(new BoundConstraint(k, problem.LowerBounds[k], isLower: true));
            }

            if (double.IsFinite(problem.UpperBounds[k]))
            {
                bounds.Add(new BoundConstraint(k, problem.UpperBounds[k], isLower: false));
            }
        }

        inequalities.AddRange(bounds);
        IReadOnlyList<IScalarFunction> equalities = problem.Equalities;
        var lambda = new double[equalities.Count];
        var mu = new double[inequalities.Count];
        double rho = options.InitialPenalty;
        double previousViolation = double.PositiveInfinity;
        List<ConstrainedIterationRecord>? trace = options.RecordTrace ? [] : null;
        int innerIterations = 0;
        int functionEvaluations = 0;
        int derivativeEvaluations = 0;
        int outer = 0;
        StopReason reason = StopReason.MaxOuterIterations;
        double penaltyUsed = rho;

        while (outer < options.MaxOuterIterations)
        {
            outer++;
            penaltyUsed = rho;
            var augmented = new AugmentedLagrangianFunction(problem.Objective, equalities, inequalities, lambda, mu, rho);
            MinimizationResult inner = Minimizer.NewtonTrustRegion(augmented, x, options.Inner);
            innerIterations += inner.Iterations;
            functionEvaluations += inner.FunctionEvaluations;
            derivativeEvaluations += inner.DerivativeEvaluations;
            if (inner.Reason == StopReason.NonFinite || !VectorOperations.AllFinite(inner.Minimizer))
            {
                reason = StopReason.NonFinite;
                break;
            }

            x = inner.Minimizer;

            // Violation measure (complementarity-aware) and first-order multiplier update.
            double violation = 0.0;
            for (int i = 0; i < equalities.Count; i++)
            {
                double c = equalities[i].Evaluate<double>(x);
                violation = Math.Max(violation, Math.Abs(c));
                lambda[i] -= rho * c;
            }

            for (int j = 0; j < inequalities.Count; j++)
            {
                double h = inequalities[j].Evaluate<double>(x);
                violation = Math.Max(violation, Math.Abs(Math.Min(h, mu[j] / rho)));
                mu[j] = Math.Max(0.0, mu[j] - (rho * h));
            }

            trace?.Add(new ConstrainedIterationRecord(outer, problem.Objective.Evaluate<double>(x), violation, rho, inner.Iterations, inner.Reason));

            // ∇Φ at x with the old multipliers equals ∇ₓL with the updated ones.
            if (violation <= options.ConstraintTolerance && inner.GradientNorm <= options.OptimalityTolerance)
            {
                reason = StopReason.ConstraintTolerance;
                break;
            }

            if (violation > 0.25 * previousViolation)
            {
                rho = Math.Min(rho * options.PenaltyGrowth, options.MaxPenalty);
            }

            previousViolation = violation;
        }

        var lagrangian = new LagrangianFunction(problem.Objective, equalities, inequalities, lambda, mu);
        double[] lagrangianGradient = Derivatives.Gradient(lagrangian, x);
        derivativeEvaluations++;

        var lowerMultipliers = new double[problem.Dimension];
        var upperMultipliers = new double[problem.Dimension];
        for (int b = 0; b < bounds.Count; b++)
        {
            double value = mu[problem.Inequalities.Count + b];
            if (bounds[b].IsLower)
            {
                lowerMultipliers[bounds[b].Index] = value;
            }
            else
            {
                upperMultipliers[bounds[b].Index] = value;
            }
        }

        return new ConstrainedResult
        {
            Minimizer = x,
            Value = problem.Objective.Evaluate<double>(x),
            ConstraintViolation = problem.Violation(x),
            LagrangianGradientNorm = VectorOperations.Norm(lagrangianGradient),
            EqualityMultipliers = lambda,
            InequalityMultipliers = mu.Take(problem.Inequalities.Count).ToArray(),
            LowerBoundMultipliers = lowerMultipliers,
            UpperBoundMultipliers = upperMultipliers,
            OuterIterations = outer,
            InnerIterations = innerIterations,
            FunctionEvaluations = functionEvaluations,
            DerivativeEvaluations = derivativeEvaluations,
            Penalty = penaltyUsed,
            Reason = reason,
            Trace = trace,
        };
    }

    private static void CheckFiniteAt(IScalarFunction function, double[] x, string role)
    {
        double value = StartValidation.Probe(function, x, role, "start");
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"The {role} is {value} at the start (after clipping into the bounds); start where every function is finite.", "start");
        }
    }
}
