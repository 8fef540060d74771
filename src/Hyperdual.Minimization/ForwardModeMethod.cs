using Hyperdual.Optimizers.LinearAlgebra;
using Hyperdual.Optimizers.ForwardMode;

namespace Hyperdual.Minimization;

/// <summary>
/// The forward-mode methods on functions. Each step draws fresh directions v ~ N(0, I) (iteration t's from
/// the seed <c>Directions.StepSeed(<see cref="ForwardModeOptions.Seed"/>, t)</c>) and evaluates
/// exact directional derivatives with hyper-dual numbers:
/// <list type="bullet">
/// <item>FGD: <c>x ← x − η (∇f·v) v</c>.</item>
/// <item>FoMoH (K = 1): <c>x ← x − η (∇f·v) / (|vᵀ∇²f v| + ε) · v</c>.</item>
/// <item>FoMoH-KD: <c>g̃ᵢ = ∇f·vᵢ</c>, <c>H̃ᵢⱼ = vᵢᵀ∇²f vⱼ</c> from one hyper-dual pass per pair i ≤ j,
/// κ from <see cref="HyperplaneStep"/> (H̃ repaired, <c>H̃κ = −g̃</c>), <c>x ← x + η Σ κᵢvᵢ</c>.</item>
/// </list>
/// Iteration t evaluates at xₜ (its value is the trace's row t), then steps; after
/// <see cref="ForwardModeOptions.MaxIterations"/> steps the final point's value is evaluated once more.
/// </summary>
internal static class ForwardModeMethod
{
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

        int iteration = 0;
        double value;
        StopReason reason;
        double lastStepNorm = 0.0;
        while (true)
        {
            if (iteration >= options.MaxIterations)
            {
                value = objective.Value(x);
                recorder?.Add(new IterationRecord(iteration, value, double.NaN, lastStepNorm, double.NaN, objective.TotalEvaluations, (double[])x.Clone()));
                reason = double.IsFinite(value) ? (value <= options.TargetValue ? StopReason.TargetValue : StopReason.MaxIterations) : StopReason.NonFinite;
                break;
            }

            Directions iterationDirections = Directions.FromSeed(Directions.StepSeed(options.Seed, iteration), k, n);
            double[][] v = new double[k][];
            for (int i = 0; i < k; i++)
            {
                v[i] = iterationDirections.ToArray(i);
            }

            var reducedGradient = new double[k];
            var reducedHessian = new double[k, k];
            value = double.NaN;
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

            double[] coefficients = kind switch
            {
                Kind.ForwardGradient => [-reducedGradient[0]],
                Kind.Fomoh => [-reducedGradient[0] / (Math.Abs(reducedHessian[0, 0]) + options.CurvatureEpsilon)],
                _ => HyperplaneStep.Solve(reducedGradient, reducedHessian, options.CurvatureRepair).Coefficients,
            };

            var step = new double[n];
            for (int i = 0; i < k; i++)
            {
                double c = options.LearningRate * coefficients[i];
                for (int d = 0; d < n; d++)
                {
                    step[d] += c * v[i][d];
                }
            }

            if (!VectorOperations.AllFinite(step))
            {
                reason = StopReason.NonFinite;
                break;
            }

            if (options.Backtracking && kind == Kind.FomohKd)
            {
                // Armijo backtracking on the step length: with the repaired (positive-definite) H̃ the step is a
                // descent direction, slope g̃ᵀκ·η < 0, so halving ends; after 40 halvings the step is dropped.
                double slope = 0.0;
                for (int i = 0; i < k; i++)
                {
                    slope += reducedGradient[i] * options.LearningRate * coefficients[i];
                }

                double scale = 1.0;
                var trial = new double[n];
                int halvings = 0;
                while (true)
                {
                    for (int d = 0; d < n; d++)
                    {
                        trial[d] = x[d] + (scale * step[d]);
                    }

                    double trialValue = objective.Value(trial);
                    if (double.IsFinite(trialValue) && trialValue <= value + (1e-4 * scale * slope))
                    {
                        break;
                    }

                    if (++halvings > 40 || !(slope < 0.0))
                    {
                        scale = 0.0;
                        break;
                    }

                    scale *= 0.5;
                }

                for (int d = 0; d < n; d++)
                {
                    step[d] *= scale;
                }
            }

            double squared = 0.0;
            for (int d = 0; d < n; d++)
            {
                x[d] += step[d];
                squared += step[d] * step[d];
            }

            lastStepNorm = Math.Sqrt(squared);
            iteration++;
        }

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
