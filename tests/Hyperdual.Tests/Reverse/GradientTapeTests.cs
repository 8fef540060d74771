using System.Numerics;
using Hyperdual.TestFunctions;

namespace Hyperdual.Tests.Reverse;

/// <summary>The tape: one recording per evaluation, nothing kept or leaked across evaluations, clear errors on misuse.</summary>
public sealed class GradientTapeTests
{
    [Fact]
    public void TheTapeDoesNotGrowAcrossEvaluations()
    {
        var f = new Rosenbrock();
        var tape = new GradientTape<double>(initialCapacity: 4);
        double[] x = DerivativesTests.RandomVector(new Random(3), 50);
        double[] first = ReverseDerivatives.Gradient(f, x, tape);
        int nodes = tape.Count;
        int capacity = tape.Capacity;
        Assert.True(nodes > 50, $"expected the variables plus the operations, got {nodes} nodes");
        for (int k = 0; k < 100; k++)
        {
            x[k % 50] += 0.01;
            ReverseDerivatives.Gradient(f, x, tape);
            Assert.Equal(nodes, tape.Count);
            Assert.Equal(capacity, tape.Capacity);
        }

        Assert.False(tape.IsRecording);
        Assert.Equal(f.AnalyticGradient(x).Length, first.Length);
    }

    [Fact]
    public void TheNodeCountIsOnePerVariableAndOnePerOperationOnAVariable()
    {
        // Sphere: Σ xᵢ² recorded as sum += xᵢ·xᵢ: per coordinate one product and one sum (the first sum adds a
        // constant zero, which records nothing).
        var tape = new GradientTape<double>();
        ReverseDerivatives.Gradient(new Sphere(), [1.0, 2.0, 3.0], tape);
        Assert.Equal(3 + 3 + 2, tape.Count);
    }

    [Fact]
    public void AddingAConstantRecordsNothingMultiplyingRecordsOneNode()
    {
        var tape = new GradientTape<double>();
        using (tape.Record())
        {
            Adjoint<double> x = tape.Variable(2.0);
            Assert.Equal(1, tape.Count);
            Adjoint<double> shifted = x + 3.0 - 1.0;
            Assert.Equal(1, tape.Count);
            Assert.Equal(x.Index, shifted.Index);
            Adjoint<double> scaled = shifted * 4.0;
            Assert.Equal(2, tape.Count);
            Assert.Equal(1, scaled.Index);
            Assert.Equal([4.0], tape.Gradient(scaled, [x]));
        }
    }

    [Fact]
    public void TheTapeRecordsDuringTheEvaluationOnlyAndTheVariablesReferToIt()
    {
        var tape = new GradientTape<double>();
        var probe = new TapeProbe(tape);
        ReverseDerivatives.Gradient(probe, [1.0, 2.0], tape);
        Assert.True(probe.SawRecording);
        Assert.Equal([0, 1], probe.VariableIndices);
        Assert.False(tape.IsRecording);
    }

    [Fact]
    public void AValueFromAnEarlierEvaluationCannotBeUsedInALaterOne()
    {
        var leaky = new LeakyFunction();
        ReverseDerivatives.Gradient(leaky, [1.0, 2.0]);
        Assert.NotNull(leaky.Kept);
        var error = Assert.Throws<InvalidOperationException>(() => ReverseDerivatives.Gradient(leaky, [1.0, 2.0]));
        Assert.Contains("recording", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OperatingOnAVariableAfterTheRecordingEndedThrows()
    {
        var tape = new GradientTape<double>();
        Adjoint<double> x;
        using (tape.Record())
        {
            x = tape.Variable(1.0);
        }

        Assert.Throws<InvalidOperationException>(() => Adjoint<double>.Sin(x));
        // Adding a constant only relabels the value: no node, so no error until the value is used.
        Assert.Equal(3.0, (x + 2.0).Value);
        Assert.Throws<InvalidOperationException>(() => tape.Variable(2.0));
    }

    [Fact]
    public void ValuesOfTwoRecordingsCannotBeCombined()
    {
        var outer = new GradientTape<double>();
        var inner = new GradientTape<double>();
        using (outer.Record())
        {
            Adjoint<double> a = outer.Variable(1.0);
            using (inner.Record())
            {
                Adjoint<double> b = inner.Variable(2.0);
                Assert.Throws<InvalidOperationException>(() => a * b);
                // The outer recording is still open: its values keep recording on the outer tape.
                Assert.Equal(Math.Exp(1.0), Adjoint<double>.Exp(a).Value);
                Assert.Equal("variables", Assert.Throws<ArgumentException>(() => inner.Gradient(b, [a])).ParamName);
                Assert.Equal("output", Assert.Throws<ArgumentException>(() => inner.Gradient(a, [b])).ParamName);
            }

            Assert.False(inner.IsRecording);
            Assert.Equal([2.0], outer.Gradient(a * a, [a]));
        }
    }

    [Fact]
    public void RecordingTwiceOnOneTapeThrowsAndDisposingTwiceIsHarmless()
    {
        var tape = new GradientTape<double>();
        GradientTape<double>.RecordingScope scope = tape.Record();
        Assert.Throws<InvalidOperationException>(() => tape.Record());
        Assert.Equal("tape", Assert.Throws<ArgumentException>(() => ReverseDerivatives.Gradient(new Sphere(), [1.0], tape)).ParamName);
        scope.Dispose();
        scope.Dispose();
        Assert.False(tape.IsRecording);
    }

    [Fact]
    public void GradientOfAConstantIsZeroAndConstantsNeedNoTape()
    {
        Adjoint<double> c = 2.0;
        Adjoint<double> y = c * c + Adjoint<double>.Sin(c);
        Assert.True(y.IsConstant);
        Assert.Equal(-1, y.Index);
        Assert.Equal(4.0 + Math.Sin(2.0), y.Value);

        var tape = new GradientTape<double>();
        using (tape.Record())
        {
            Adjoint<double> x = tape.Variable(1.0);
            Assert.Equal([0.0], tape.Gradient(y, [x]));
            Assert.Equal("variables", Assert.Throws<ArgumentException>(() => tape.Gradient(x, [c])).ParamName);
            Assert.Equal("gradient", Assert.Throws<ArgumentException>(() => tape.Gradient(x, [x], new double[2])).ParamName);
        }
    }

    [Fact]
    public void AVariableRecordedAfterTheOutputHasZeroGradient()
    {
        var tape = new GradientTape<double>();
        using (tape.Record())
        {
            Adjoint<double> x = tape.Variable(3.0);
            Adjoint<double> y = x * x;
            Adjoint<double> late = tape.Variable(5.0);
            Assert.Equal([6.0, 0.0], tape.Gradient(y, [x, late]));
        }
    }

    [Fact]
    public void AVariableUsedOnAnotherThreadThrows()
    {
        var tape = new GradientTape<double>();
        using (tape.Record())
        {
            Adjoint<double> x = tape.Variable(3.0);
            Exception? error = null;
            var thread = new Thread(() =>
            {
                try
                {
                    _ = x * x;
                }
                catch (InvalidOperationException e)
                {
                    error = e;
                }
            });
            thread.Start();
            thread.Join();
            Assert.IsType<InvalidOperationException>(error);
        }
    }

    [Fact]
    public void GradientsOnManyThreadsAtOnceAgreeWithTheClosedForm()
    {
        var f = new Rosenbrock();
        double[][] points = Enumerable.Range(0, 64).Select(k => DerivativesTests.RandomVector(new Random(k), 30)).ToArray();
        var results = new double[points.Length][];
        Parallel.For(0, points.Length, k => results[k] = ReverseDerivatives.Gradient(f, points[k]));
        for (int k = 0; k < points.Length; k++)
        {
            ReverseAssert.VectorClose(f.AnalyticGradient(points[k]), results[k], 1e-12, $"point {k}");
        }
    }

    [Fact]
    public void AnEvaluationThatTakesAReverseGradientInsideGetsAFreshTape()
    {
        // f(x) = x₀ · (∂/∂x₀ of x₀³ at 2, taken by reverse mode inside the evaluation) = 12·x₀.
        var f = new NestedGradient();
        Assert.Equal([12.0, 0.0], ReverseDerivatives.Gradient(f, [1.5, 7.0]));
        // And again, now that the thread's cached tape has been used by both levels.
        Assert.Equal([12.0, 0.0], ReverseDerivatives.Gradient(f, [2.5, 7.0]));
    }

    [Fact]
    public void AWarmTapeAllocatesOnlyTheResultArrays()
    {
        // Once the tape has grown, an evaluation allocates the point and the result arrays and nothing per
        // node: in particular the sweep over Dual<double> partials does not box.
        var f = new Rosenbrock();
        const int n = 200;
        double[] x = DerivativesTests.RandomVector(new Random(8), n);
        double[] v = DerivativesTests.RandomVector(new Random(9), n);
        var tape = new GradientTape<double>();
        var dualTape = new GradientTape<Dual<double>>();
        for (int k = 0; k < 3; k++)
        {
            ReverseDerivatives.Gradient(f, x, tape);
            ReverseDerivatives.HessianVectorProduct<double>(f, x, v, dualTape);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        ReverseDerivatives.Gradient(f, x, tape);
        long gradientBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        ReverseDerivatives.HessianVectorProduct<double>(f, x, v, dualTape);
        long productBytes = GC.GetAllocatedBytesForCurrentThread() - before;

        // Gradient: Adjoint<double>[n] (24 B each) + double[n]. HVP: Adjoint<Dual<double>>[n] (32 B) + Dual<double>[n] + double[n].
        Assert.True(gradientBytes <= n * (24 + 8) + 512, $"gradient allocated {gradientBytes} bytes");
        Assert.True(productBytes <= n * (32 + 16 + 8) + 512, $"Hessian-vector product allocated {productBytes} bytes");
    }

    [Fact]
    public void AnEvaluationThatThrowsEndsTheRecording()
    {
        var tape = new GradientTape<double>();
        Assert.Throws<DivideByZeroException>(() => ReverseDerivatives.Gradient(new Throwing(), [1.0], tape));
        Assert.False(tape.IsRecording);
        Assert.Equal([2.0], ReverseDerivatives.Gradient(new Sphere(), [1.0], tape));
    }

    [Fact]
    public void CapacityMustBePositive()
    {
        Assert.Equal("initialCapacity", Assert.Throws<ArgumentOutOfRangeException>(() => new GradientTape<double>(0)).ParamName);
    }

    private sealed class TapeProbe(GradientTape<double> tape) : IScalarFunction
    {
        public bool SawRecording { get; private set; }

        public int[] VariableIndices { get; private set; } = [];

        public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
        {
            if (typeof(T) == typeof(Adjoint<double>))
            {
                SawRecording = tape.IsRecording;
                VariableIndices = x.ToArray().Select(v => ((Adjoint<double>)(object)v).Index).ToArray();
            }

            return x[0] * x[1];
        }
    }

    private sealed class LeakyFunction : IScalarFunction
    {
        public object? Kept { get; private set; }

        public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
        {
            T result = x[0] * x[1];
            if (Kept is T earlier)
            {
                result += earlier * x[0];
            }

            Kept = result;
            return result;
        }
    }

    private sealed class Throwing : IScalarFunction
    {
        public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
        {
            T square = x[0] * x[0];
            throw new DivideByZeroException($"after recording {square}");
        }
    }

    private sealed class Cube : IScalarFunction
    {
        public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T> => x[0] * x[0] * x[0];
    }

    private sealed class NestedGradient : IScalarFunction
    {
        public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
        {
            double inner = ReverseDerivatives.Gradient(new Cube(), [2.0])[0];
            return x[0] * T.CreateChecked(inner);
        }
    }
}
