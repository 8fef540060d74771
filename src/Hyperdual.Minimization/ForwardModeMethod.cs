using Hyperdual.Optimizers;
using Hyperdual.Optimizers.ForwardMode;
using Hyperdual.Optimizers.LinearAlgebra;

namespace Hyperdual.Minimization;

/// <summary>
/// The forward-mode methods on functions. Each step draws fresh directions v ~ N(0, I) (iteration t's from
/// the seed <c>Directions.StepSeed(<see cref="ForwardModeOptions.Seed"/>, t)</c>) and evaluates
/// exact directional derivatives with hyper-dual numbers:
/// <list type="bullet">
/// <item>FGD: <c>x ← x − η (∇f·v) v</c>.</item>
/// <item>FoMoH (K = 1): <c>x ← x − η (∇f·v) / (|vᵀ∇²f v| + ε) · v</c>.</item>
/// <item>FoMoH-KD: <c>g̃ᵢ = ∇f·vᵢ</c>, <c>H̃ᵢⱼ = vᵢᵀ∇²f vⱼ</c>,
/// κ from <see cref="HyperplaneStep"/> (H̃ repaired, <c>H̃κ = −g̃</c>), <c>x ← x + η Σ κᵢvᵢ</c>.</item>
/// </list>
/// g̃ and H̃ come from one evaluation of f on K-direction jets (<see cref="Derivatives.Projected(IScalarFunction, ReadOnlySpan{double}, ReadOnlySpan{double[]})"/>,
/// one derivative evaluation) for K ≤ <see cref="DirectionalJetParts{T}.MaxDirections"/>, and from one hyper-dual pass
/// per pair i ≤ j (K(K+1)/2 derivative evaluations) above that or for a function that evaluates on hyper-dual numbers
/// only (<see cref="ScalarFunction.Create{TScalar}"/>).
/// The step itself (κ, the update, Armijo backtracking for FoMoH-KD) is <see cref="ForwardModeOptimizer"/>'s, the
/// same as on networks; this method evaluates g̃ and H̃ and decides when to stop.
/// Iteration t evaluates at xₜ (its value is the trace's row t), then steps; after
/// <see cref="ForwardModeOptions.MaxIterations"/> steps the final point's value is evaluated once more.
/// </summary>
internal static class ForwardModeMethod
{
    // The most halvings FoMoH-KD's Armijo backtracking tries on a function before it drops the step.
    private const int MaxHalvings = 40;

    public enum Kind
    {
        FomohKd,
        Fomoh,
        ForwardGradient,
    }

    public static MinimizationResult Run(IScalarFunction function, ReadOnlySpan<double> start, ForwardModeOptions options, Kind kind)
    {
        options.EnsureFits(start.Length);
        double[] x = StartValidation.CopyFiniteStart(start, nameof(start));
        int n = x.Length;
        StartValidation.Probe(function, x, "function", nameof(start));
        var objective = new CountingObjective(function);
        IterationRecorder? recorder = IterationRecorder.Create(options.RecordTrace, options.OnIteration);
        int k = kind == Kind.FomohKd ? options.Directions : 1;
        ForwardModeOptimizer optimizer = CreateOptimizer(n, k, options, kind);

        int iteration = 0;
        double value;
        StopReason reason;
        double lastStepNorm = 0.0;
        var previous = new double[n];
        while (true)
        {
            if (iteration >= options.MaxIterations)
            {
                value = objective.Value(x);
                recorder?.Add(new IterationRecord(iteration, value, double.NaN, lastStepNorm, double.NaN, objective.TotalEvaluations, (double[])x.Clone()));
                reason = double.IsFinite(value) ? (value <= options.TargetValue ? StopReason.TargetValue : StopReason.MaxIterations) : StopReason.NonFinite;
                break;
            }

            Directions iterationDirections = optimizer.NextDirections([]);
            (value, double[] reducedGradient, double[,] reducedHessian) = ReducedModel(objective, x, iterationDirections, k);
            recorder?.Add(new IterationRecord(iteration, value, double.NaN, lastStepNorm, double.NaN, objective.TotalEvaluations, (double[])x.Clone()));
            if (!double.IsFinite(value) || !VectorOperations.AllFinite(reducedGradient) || !VectorOperations.AllFinite(reducedHessian))
            {
                reason = StopReason.NonFinite;
                break;
            }

            if (value <= options.TargetValue)
            {
                reason = StopReason.TargetValue;
                break;
            }

            x.CopyTo(previous, 0);
            ForwardStepReport report = optimizer.Step(x, iterationDirections, value, reducedGradient, reducedHessian, trial => objective.Value(trial));
            if (!VectorOperations.AllFinite(x))
            {
                previous.CopyTo(x, 0);
                reason = StopReason.NonFinite;
                break;
            }

            lastStepNorm = report.UpdateNorm;
            iteration++;
        }

        return Finish(objective, x, value, iteration, reason, recorder);
    }

    /// <summary>The shared step for the method: FGD, FoMoH (one direction) or FoMoH-KD (K directions, Armijo backtracking when asked for).</summary>
    private static ForwardModeOptimizer CreateOptimizer(int n, int k, ForwardModeOptions options, Kind kind) =>
        new(n, kind switch
        {
            Kind.ForwardGradient => OptimizerKind.Fgd,
            Kind.Fomoh => OptimizerKind.Fomoh,
            _ => OptimizerKind.FomohKd,
        }, new ForwardOptimizerOptions
        {
            LearningRate = options.LearningRate,
            Directions = k,
            Seed = options.Seed,
            Repair = options.CurvatureRepair,
            CurvatureEpsilon = options.CurvatureEpsilon,
            Backtracking = options.Backtracking && kind == Kind.FomohKd,
            MaxHalvings = MaxHalvings,
        });

    /// <summary>
    /// f(x), g̃ᵢ = ∇f·vᵢ and H̃ᵢⱼ = vᵢᵀ∇²f vⱼ in the step's K directions: one evaluation on K-direction jets when they
    /// carry K directions and the function evaluates on them, otherwise <see cref="PairwiseReducedModel"/>.
    /// </summary>
    private static (double Value, double[] Gradient, double[,] Hessian) ReducedModel(CountingObjective objective, double[] x, Directions directions, int k)
    {
        double[][] v = new double[k][];
        for (int i = 0; i < k; i++)
        {
            v[i] = directions.ToArray(i);
        }

        return objective.TryProjected(x, v, out (double Value, double[] Gradient, double[,] Hessian) model) ? model : PairwiseReducedModel(objective, x, v);
    }

    /// <summary>f(x), g̃ and H̃ from one hyper-dual pass per pair i ≤ j, in row order, the value taken from the last pass.</summary>
    private static (double Value, double[] Gradient, double[,] Hessian) PairwiseReducedModel(CountingObjective objective, double[] x, double[][] v)
    {
        int k = v.Length;
        var reducedGradient = new double[k];
        var reducedHessian = new double[k, k];
        double value = double.NaN;
        for (int i = 0; i < k; i++)
        {
            for (int j = i; j < k; j++)
            {
                (double f, double du, _, double duv) = objective.Directional(x, v[i], v[j]);
                value = f;
                if (i == j)
                {
                    reducedGradient[i] = du;
                }

                reducedHessian[i, j] = duv;
                reducedHessian[j, i] = duv;
            }
        }

        return (value, reducedGradient, reducedHessian);
    }

    /// <summary>The result: the gradient norm is evaluated once here, at the final point when it is finite.</summary>
    private static MinimizationResult Finish(CountingObjective objective, double[] x, double value, int iteration, StopReason reason, IterationRecorder? recorder)
    {
        double gradientNorm = double.NaN;
        if (VectorOperations.AllFinite(x))
        {
            double[] gradient = objective.Gradient(x);
            gradientNorm = Math.Sqrt(gradient.Sum(gi => gi * gi));
        }

        return new MinimizationResult
        {
            Minimizer = x,
            Value = value,
            GradientNorm = gradientNorm,
            Iterations = iteration,
            FunctionEvaluations = objective.FunctionEvaluations,
            DerivativeEvaluations = objective.DerivativeEvaluations,
            Reason = reason,
            Trace = recorder?.Trace,
        };
    }
}
