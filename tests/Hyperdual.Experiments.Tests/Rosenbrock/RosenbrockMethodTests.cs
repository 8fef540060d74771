using System.Numerics;
using Hyperdual.Experiments.Rosenbrock;
using Hyperdual.Minimization;

namespace Hyperdual.Experiments.Tests.Rosenbrock;

public sealed class RosenbrockMethodTests
{
    [Fact]
    public void DirectionalPassesOfEveryStudyMethodMatchTheHyperDualEvaluationsCounted()
    {
        // Every row of the study, on a shortened budget (Newton-TR on its own): the passes reported from the
        // method's definition equal the direction pairs a counting wrapper saw evaluated (hyper-dual passes, or the
        // pairs of an evaluation on K-direction jets). The wrapper also sees the
        // n dual passes of the ‖∇f‖ the forward-mode minimisers report at the end (not part of the method), and
        // the plain values: the minimiser's own count plus the one probe of the start.
        foreach (RosenbrockMethod studyMethod in RosenbrockStudy.Methods)
        {
            RosenbrockMethod method = studyMethod.Kind == RosenbrockMethodKind.NewtonTrustRegion ? studyMethod : studyMethod with { Iterations = 25 };
            for (ulong seed = 0; seed < 2; seed++)
            {
                var counted = new CountingFunction(new ChainedRosenbrock());
                MinimizationResult result = method.Run(counted, RosenbrockStudy.Start(method.Dimension, seed), seed);
                string row = $"{method.Study} {method.Label} seed {seed}";
                Assert.True(counted.DirectionalPasses == method.DirectionalPasses(result), $"{row}: counted {counted.DirectionalPasses} directional passes, reported {method.DirectionalPasses(result)}");
                Assert.Equal(method.Kind == RosenbrockMethodKind.NewtonTrustRegion ? 0 : method.Dimension, counted.DualPasses);
                Assert.Equal(result.FunctionEvaluations + 1, counted.PlainValues);
            }
        }
    }

    [Fact]
    public void DirectionalPassesCountTheEvaluationAtWhichAnUnsafeguardedRunDiverged()
    {
        // On a linear function H̃ = 0: the unsafeguarded step divides by zero at the first iteration and the run stops
        // non-finite after one evaluation of g̃ and H̃.
        foreach (int k in new[] { 1, 2, 4 })
        {
            var method = new RosenbrockMethod("t", "unsafeguarded", 3, RosenbrockMethodKind.FomohKd, k, 1.0, 50, Safeguarded: false);
            var counted = new CountingFunction(new Linear());
            MinimizationResult result = method.Run(counted, [0.5, -0.25, 1.0], 7);
            Assert.Equal(StopReason.NonFinite, result.Reason);
            Assert.Equal(counted.DirectionalPasses, method.DirectionalPasses(result));
            Assert.Equal(k * (k + 1) / 2, counted.DirectionalPasses);
            Assert.Equal(1, counted.JetEvaluations); // all K(K+1)/2 pairs in one evaluation
        }
    }

    [Fact]
    public void PassesPerEvaluationAreOnePerDirectionPairOrHessianEntry()
    {
        RosenbrockMethod Row(string study, string label) => RosenbrockStudy.Methods.Single(m => m.Study == study && m.Label == label);
        Assert.Equal(1, Row("2d", "FGD η=1e-4").DirectionalPassesPerEvaluation);
        Assert.Equal(1, Row("2d", "FoMoH η=1").DirectionalPassesPerEvaluation);
        Assert.Equal(3, Row("2d", "FoMoH-2D (K=2)").DirectionalPassesPerEvaluation);
        Assert.Equal(3, Row("2d", "Newton-TR").DirectionalPassesPerEvaluation);
        Assert.Equal(15, Row("5d", "FoMoH-KD K=5 unsafeguarded").DirectionalPassesPerEvaluation);
        Assert.Equal(55, Row("10d", "FoMoH-KD K=10").DirectionalPassesPerEvaluation);
        Assert.Equal(55, Row("10d", "Newton-TR").DirectionalPassesPerEvaluation);
    }

    [Fact]
    public void UnsafeguardedRowsSolveTheCurvatureAsItIsAndTakeTheFullStep()
    {
        // f = x² − y² from (0.2, 0.5): the unrepaired plane step with K = n = 2 is the exact Newton step, which lands
        // on the saddle (0, 0), uphill; the safeguarded row never ends above its start.
        var saddle = new Saddle();
        double[] start = [0.2, 0.5];
        var unsafeguarded = new RosenbrockMethod("t", "u", 2, RosenbrockMethodKind.FomohKd, 2, 1.0, 1, Safeguarded: false);
        var safeguarded = unsafeguarded with { Safeguarded = true };
        for (ulong seed = 0; seed < 5; seed++)
        {
            MinimizationResult raw = unsafeguarded.Run(saddle, start, seed);
            Assert.Equal(0.0, raw.Minimizer[0], 1e-12);
            Assert.Equal(0.0, raw.Minimizer[1], 1e-12);
            Assert.True(safeguarded.Run(saddle, start, seed).Value < (0.2 * 0.2) - (0.5 * 0.5));
        }
    }

    private sealed class Linear : IScalarFunction
    {
        public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
        {
            T sum = T.Zero;
            foreach (T value in x)
            {
                sum += value;
            }

            return sum;
        }
    }

    private sealed class Saddle : IScalarFunction
    {
        public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T> => (x[0] * x[0]) - (x[1] * x[1]);
    }
}
