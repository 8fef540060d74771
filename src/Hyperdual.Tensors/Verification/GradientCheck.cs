using Hyperdual.Tensors.Evaluation;
using Hyperdual.Tensors.Losses;
using Hyperdual.Tensors.Modules;

namespace Hyperdual.Tensors.Verification;

/// <summary>
/// Checks a model's jet evaluation (float64) against separate hyper-dual passes over each pair and
/// against central finite differences along the directions, and its reverse-mode (backprop) gradient
/// projected on the directions, ∇L·vᵢ, against the jet's first-order parts gᵢ and the same finite
/// differences. Works on any <see cref="IModel"/>, built-in or the user's own.
/// </summary>
public static class GradientCheck
{
    /// <summary>Default tolerance of the jet against the hyper-dual passes (both exact up to rounding).</summary>
    public const double DefaultHyperDualTolerance = 1e-9;

    /// <summary>Default tolerance of the jet against finite differences (truncation and rounding;
    /// measured errors on logreg, mlp and cnn at K = 3: at most 1.3·10⁻⁷).</summary>
    public const double DefaultFiniteDifferenceTolerance = 1e-4;

    /// <summary>Default tolerance of the reverse gradient's projections ∇L·vᵢ against the jet's gᵢ
    /// (two exact modes, different rounding).</summary>
    public const double DefaultReverseTolerance = 1e-9;

    /// <summary>Runs the check.</summary>
    /// <param name="model">The model.</param>
    /// <param name="loss">The loss.</param>
    /// <param name="batch">A float64 batch.</param>
    /// <param name="parameters">θ.</param>
    /// <param name="directions">The K directions.</param>
    /// <param name="hyperDualTolerance">The tolerance against the hyper-dual passes.</param>
    /// <param name="finiteDifferenceTolerance">The tolerance against finite differences.</param>
    /// <param name="finiteDifferenceStep">The longest finite-difference step length in parameter space (see <see cref="HyperDualReference.FiniteDifferences"/>).</param>
    /// <param name="reverseTolerance">The tolerance of the reverse gradient's projections against the jet's first-order parts.</param>
    /// <returns>The report.</returns>
    public static GradientCheckReport Run(IModel model, ILoss loss, Batch<double> batch, ReadOnlyMemory<double> parameters,
        Directions directions, double hyperDualTolerance = DefaultHyperDualTolerance,
        double finiteDifferenceTolerance = DefaultFiniteDifferenceTolerance, double finiteDifferenceStep = 1e-3,
        double reverseTolerance = DefaultReverseTolerance)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(reverseTolerance);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(directions);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hyperDualTolerance);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(finiteDifferenceTolerance);
        JetEvaluation jet = JetEvaluator.Evaluate(model, loss, batch, parameters, directions);
        JetEvaluation passes = HyperDualReference.PairPasses(model, loss, batch, parameters, directions);
        JetEvaluation fd = HyperDualReference.FiniteDifferences(model, loss, batch, parameters, directions, finiteDifferenceStep);
        (_, double[] gradient) = BackpropEvaluator.Evaluate(model, loss, batch, parameters);
        double[] projection = Project(gradient, directions);
        return new GradientCheckReport(jet, passes, fd,
            RelativeError(jet.G, passes.G), RelativeError(Flatten(jet.H), Flatten(passes.H)),
            RelativeError(jet.G, fd.G), RelativeError(Flatten(jet.H), Flatten(fd.H)),
            hyperDualTolerance, finiteDifferenceTolerance,
            projection, RelativeError(projection, jet.G), RelativeError(projection, fd.G), reverseTolerance);
    }

    /// <summary>
    /// The worst relative error of <paramref name="actual"/> against <paramref name="reference"/>:
    /// max over entries of |aᵢ − rᵢ| / max(|rᵢ|, 10⁻³·‖r‖∞, 10⁻³⁰⁰) — relative per entry, with a floor
    /// so an entry that happens to be near zero is judged against the scale of the whole.
    /// </summary>
    /// <param name="actual">The values under test.</param>
    /// <param name="reference">The reference values.</param>
    /// <returns>The worst relative error (0 for empty inputs).</returns>
    public static double RelativeError(ReadOnlySpan<double> actual, ReadOnlySpan<double> reference)
    {
        if (actual.Length != reference.Length)
        {
            throw new ArgumentException($"Lengths differ: {actual.Length} and {reference.Length}.", nameof(actual));
        }

        double scale = 0;
        foreach (double r in reference)
        {
            scale = Math.Max(scale, Math.Abs(r));
        }

        double worst = 0;
        for (int e = 0; e < actual.Length; e++)
        {
            double denominator = Math.Max(Math.Max(Math.Abs(reference[e]), 1e-3 * scale), 1e-300);
            double err = Math.Abs(actual[e] - reference[e]) / denominator;
            worst = double.IsNaN(err) ? double.PositiveInfinity : Math.Max(worst, err);
        }

        return worst;
    }

    /// <summary>∇L·vᵢ for every direction, with vᵢ regenerated in slices (never stored whole).</summary>
    private static double[] Project(double[] gradient, Directions directions)
    {
        var projection = new double[directions.K];
        var slice = new double[Math.Min(gradient.Length, 1 << 14)];
        for (int i = 0; i < directions.K; i++)
        {
            double sum = 0;
            for (int start = 0; start < gradient.Length; start += slice.Length)
            {
                int length = Math.Min(slice.Length, gradient.Length - start);
                directions.Fill(i, start, slice.AsSpan(0, length));
                for (int e = 0; e < length; e++)
                {
                    sum += gradient[start + e] * slice[e];
                }
            }

            projection[i] = sum;
        }

        return projection;
    }

    private static double[] Flatten(double[,] m)
    {
        var flat = new double[m.Length];
        int c = m.GetLength(1);
        for (int i = 0; i < m.GetLength(0); i++)
        {
            for (int j = 0; j < c; j++)
            {
                flat[(i * c) + j] = m[i, j];
            }
        }

        return flat;
    }
}
