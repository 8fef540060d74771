using Hyperdual.Minimization;
using Hyperdual.Minimization.Constrained;
using Hyperdual.TestFunctions;

namespace Hyperdual.Cli.Commands;

/// <summary>
/// The call step of <c>minimize</c>: checks the options that depend on each other and on the problem, resolves the
/// start, builds the library's options and runs the minimiser. Prints nothing.
/// </summary>
internal static class MinimizeRun
{
    /// <summary>The n-vectors newton-cg holds at once (point, gradient, trial point, CG iterate, residual, direction, product, and the reverse sweep's arrays), for the memory check.</summary>
    private const int MatrixFreeVectors = 16;

    /// <summary>Minimises a built-in test function.</summary>
    /// <param name="f">The function.</param>
    /// <param name="request">The parsed options.</param>
    /// <returns>The start and the result.</returns>
    /// <exception cref="CliUserException">An option that does not apply to the method, or a bad start.</exception>
    public static (double[] Start, MinimizationResult Result) Unconstrained(TestFunction f, MinimizeRequest request)
    {
        double[] x0 = PointOptions.Resolve("--start", request.Dimension, request.Start, f.DefaultDimension, f.StandardStart, f.DimensionProblem, n =>
        {
            if (request.Method == "newton-tr")
            {
                Derivatives.EnsureHessianFits<double>(n);
            }
            else if (request.Method == "newton-cg")
            {
                MemoryBudget.Ensure(MatrixFreeVectors * sizeof(double) * (double)n, $"the {MatrixFreeVectors} working vectors of newton-cg in dimension {n}");
            }
            else
            {
                new ForwardModeOptions { Directions = request.K ?? 2 }.EnsureFits(n);
            }
        });
        bool forward = !request.IsNewton;
        if (request.K is not null && request.Method != "fomoh-kd")
        {
            throw new CliUserException($"--k applies only to --method fomoh-kd, not {request.Method}");
        }

        if (request.LearningRate is not null && !forward)
        {
            throw new CliUserException("--lr applies only to the forward-mode methods (fomoh-kd, fomoh, fgd)");
        }

        if (forward && (request.Tolerances.Step is not null || request.Tolerances.Function is not null))
        {
            throw new CliUserException($"--xtol and --ftol apply only to --method newton-tr and newton-cg, not {request.Method}");
        }

        int iterations = request.MaxIterations ?? 1000;
        bool recordTrace = request.TracePath is not null;
        MinimizationResult result;
        if (forward)
        {
            var options = new ForwardModeOptions
            {
                Directions = request.K ?? 2,
                LearningRate = request.LearningRate ?? (request.Method == "fgd" ? 1e-4 : 1.0),
                MaxIterations = iterations,
                Seed = request.Seed,
                RecordTrace = recordTrace,
                OnIteration = request.OnIteration,
            };
            result = request.Method switch
            {
                "fomoh-kd" => Minimizer.FomohKd(f, x0, options),
                "fomoh" => Minimizer.Fomoh(f, x0, options),
                _ => Minimizer.ForwardGradientDescent(f, x0, options),
            };
        }
        else
        {
            var defaults = new NewtonTrustRegionOptions();
            var options = new NewtonTrustRegionOptions
            {
                MaxIterations = iterations,
                RecordTrace = recordTrace,
                OnIteration = request.OnIteration,
                GradientTolerance = request.Tolerances.Gradient ?? defaults.GradientTolerance,
                StepTolerance = request.Tolerances.Step ?? defaults.StepTolerance,
                FunctionTolerance = request.Tolerances.Function ?? defaults.FunctionTolerance,
            };
            result = request.Method == "newton-cg" ? Minimizer.NewtonConjugateGradient(f, x0, options) : Minimizer.NewtonTrustRegion(f, x0, options);
        }

        if (request.Tolerances.Gradient is double converged)
        {
            result = result with { ConvergedGradientNorm = converged };
        }

        return (x0, result);
    }

    /// <summary>Solves a built-in constrained problem by the augmented Lagrangian with newton-tr inner solves.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="request">The parsed options.</param>
    /// <returns>The result.</returns>
    /// <exception cref="CliUserException">An option that does not apply to constrained problems, or a bad start.</exception>
    public static ConstrainedResult Constrained(ConstrainedTestProblem problem, MinimizeRequest request)
    {
        if (request.Method != "newton-tr")
        {
            throw new CliUserException($"--method {request.Method}: constrained problem '{problem.Name}' is solved by the augmented Lagrangian with newton-tr inner solves");
        }

        if (request.K is not null || request.LearningRate is not null)
        {
            throw new CliUserException("--k and --lr apply only to the forward-mode methods, not to constrained problems");
        }

        if (request.Tolerances != new MinimizeTolerances(null, null, null))
        {
            throw new CliUserException($"--gtol, --xtol and --ftol apply to unconstrained functions; constrained problem '{problem.Name}' stops on its violation and Lagrangian-gradient tolerances");
        }

        int n = problem.Problem.Dimension;
        double[] x0 = PointOptions.Resolve("--start", request.Dimension, request.Start, n, _ => problem.StandardStart.ToArray(), m => m == n ? null : $"problem '{problem.Name}' has {n} variables, not {m}", _ => { });
        var options = new AugmentedLagrangianOptions
        {
            Inner = new NewtonTrustRegionOptions { MaxIterations = request.MaxIterations ?? 500, GradientTolerance = 1e-10, OnIteration = request.OnIteration },
            RecordTrace = request.TracePath is not null,
        };
        return ConstrainedMinimizer.AugmentedLagrangian(problem.Problem, x0, options);
    }
}
