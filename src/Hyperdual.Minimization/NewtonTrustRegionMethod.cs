using Hyperdual.Optimizers.LinearAlgebra;
using Hyperdual.Minimization.Newton;
using Hyperdual.Minimization.TrustRegion;

namespace Hyperdual.Minimization;

/// <summary>
/// Newton's method globalised by a trust region (Nocedal &amp; Wright, Algorithm 4.1), on either model: the dense
/// exact Hessian (hyper-dual passes, or above 64 variables a sparse Hessian recovered from a few Hessian-vector
/// products where its pattern allows) with the exact subproblem solver <see cref="TrustRegionSubproblem"/>
/// (<see cref="DenseNewtonModel"/>), or exact Hessian-vector products with the Steihaug–Toint truncated
/// conjugate gradient (<see cref="MatrixFreeNewtonModel"/>).
/// </summary>
/// <remarks>
/// Radius update (<see cref="TrustRadius"/>): ρ &lt; ¼ → Δ ← t‖p‖ with t ∈ [0.2, 0.5] from a quadratic fitted
/// along the failed step (<see cref="TrustRadiusUpdate.Interpolated"/>, the default) or t = ¼
/// (<see cref="TrustRadiusUpdate.Classic"/>); ρ &gt; ¾ with the step on the boundary → Δ ← min(2Δ, Δ_max).
/// Accept when ρ &gt; η (<see cref="NewtonTrustRegionOptions.AcceptanceRatio"/>). The gradient test stops
/// only where the Hessian has no clearly negative eigenvalue, so a start at a saddle point is left along
/// negative curvature. When both the predicted and the actual reduction are below 1e-14·|f| the ratio is
/// rounding noise and the step is accepted as if ρ = 1. A step whose predicted
/// reduction is not positive (the model cannot decrease: the gradient is zero to working precision) stops
/// with <see cref="StopReason.StepTolerance"/>.
/// </remarks>
internal static class NewtonTrustRegionMethod
{
    /// <summary>Relative size below which a change of f is indistinguishable from rounding (about 45 ulps).</summary>
    private const double RoundingScale = 1e-14;

    /// <summary>Minimises with the model <paramref name="modelAt"/> builds at each accepted iterate (dense or matrix-free).</summary>
    public static MinimizationResult Run(IScalarFunction function, ReadOnlySpan<double> start, NewtonTrustRegionOptions options, Func<CountingObjective, double[], NewtonModel> modelAt)
    {
        double[] x = StartValidation.CopyFiniteStart(start, nameof(start));
        StartValidation.Probe(function, x, "function", nameof(start));
        var objective = new CountingObjective(function);
        IterationRecorder? recorder = IterationRecorder.Create(options.RecordTrace, options.OnIteration);

        NewtonModel model = modelAt(objective, x);
        double gradientNorm = VectorOperations.Norm(model.Gradient);
        double radius = options.InitialRadius;
        recorder?.Add(new IterationRecord(0, model.Value, gradientNorm, 0.0, radius, objective.TotalEvaluations, (double[])x.Clone()));

        int iteration = 0;
        StopReason reason;
        while (true)
        {
            double f = model.Value;
            if (!model.IsFinite)
            {
                reason = StopReason.NonFinite;
                break;
            }

            if (gradientNorm <= options.GradientTolerance && !model.HasNegativeCurvature())
            {
                // A stationary point with no direction of negative curvature. At a saddle the loop goes on:
                // the subproblem's hard case steps along the negative-curvature eigenvector.
                reason = StopReason.GradientTolerance;
                break;
            }

            if (iteration >= options.MaxIterations)
            {
                reason = StopReason.MaxIterations;
                break;
            }

            if (objective.TotalEvaluations >= options.MaxFunctionEvaluations)
            {
                reason = StopReason.MaxFunctionEvaluations;
                break;
            }

            iteration++;
            NewtonModelStep step = model.Minimize(radius);
            double predicted = -step.ModelChange;
            double stepNorm = VectorOperations.Norm(step.Step);
            double xNorm = VectorOperations.Norm(x);
            if (!(predicted > 0.0) || stepNorm <= options.StepTolerance * (1.0 + xNorm))
            {
                reason = StopReason.StepTolerance;
                break;
            }

            var candidate = new double[x.Length];
            for (int i = 0; i < x.Length; i++)
            {
                candidate[i] = x[i] + step.Step[i];
            }

            double candidateValue = objective.Value(candidate);
            double actual = f - candidateValue;
            double rho = double.IsFinite(candidateValue) ? actual / predicted : double.NegativeInfinity;
            if (double.IsFinite(candidateValue) && predicted <= RoundingScale * Math.Max(Math.Abs(f), double.Epsilon) && Math.Abs(actual) <= RoundingScale * Math.Max(Math.Abs(f), double.Epsilon))
            {
                // Both reductions are below the rounding error of f itself, so ρ is noise: near a minimiser with
                // f* ≠ 0 the quadratic model is the better judge. Accept the model's step.
                rho = 1.0;
            }

            radius = TrustRadius.Next(options.RadiusUpdate, radius, options.MaxRadius, rho, stepNorm, step.OnBoundary, f, VectorOperations.Dot(model.Gradient, step.Step), candidateValue);

            if (rho > options.AcceptanceRatio)
            {
                x = candidate;
                model = modelAt(objective, x);
                gradientNorm = VectorOperations.Norm(model.Gradient);
                recorder?.Add(new IterationRecord(iteration, model.Value, gradientNorm, stepNorm, radius, objective.TotalEvaluations, (double[])x.Clone()));
                if (options.FunctionTolerance > 0.0 && Math.Abs(f - model.Value) <= options.FunctionTolerance * Math.Max(Math.Max(Math.Abs(f), Math.Abs(model.Value)), double.Epsilon))
                {
                    reason = double.IsFinite(model.Value) ? StopReason.FunctionTolerance : StopReason.NonFinite;
                    break;
                }
            }
            else
            {
                recorder?.Add(new IterationRecord(iteration, f, gradientNorm, 0.0, radius, objective.TotalEvaluations, (double[])x.Clone()));
                if (radius <= options.StepTolerance * (1.0 + xNorm))
                {
                    reason = StopReason.StepTolerance;
                    break;
                }
            }
        }

        return new MinimizationResult
        {
            Minimizer = x,
            Value = model.Value,
            GradientNorm = gradientNorm,
            Iterations = iteration,
            FunctionEvaluations = objective.FunctionEvaluations,
            DerivativeEvaluations = objective.DerivativeEvaluations,
            HessianVectorProducts = objective.HessianVectorProducts,
            Reason = reason,
            Trace = recorder?.Trace,
        };
    }
}
