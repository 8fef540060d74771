using System.Numerics;
using static Hyperdual.Tests.Reverse.ReverseAssert;

namespace Hyperdual.Tests.Reverse;

/// <summary>Functions with branches, loops and a variable reused on both sides of an assignment.</summary>
public sealed class ControlFlowTests
{
    [Theory]
    [InlineData(1.1, 0.5)]  // branch z > y
    [InlineData(0.9, 50.0)] // branch z ≤ y
    [InlineData(-1.05, 2.0)]
    public void BranchLoopAndAliasingGiveTheClosedForm(double x, double y)
    {
        // z ← x; three times z *= z + z (z ← 2z²): z = 128x⁸.
        // f = z − y² when z > y, else z·y.
        var f = new BranchLoopAlias();
        double z = 128.0 * Math.Pow(x, 8);
        double[] expected = z > y
            ? [1024.0 * Math.Pow(x, 7), -2.0 * y]
            : [1024.0 * Math.Pow(x, 7) * y, z];
        double[] reverse = ReverseDerivatives.Gradient(f, [x, y]);
        VectorClose(expected, reverse, 1e-13, "reverse vs closed form");
        VectorClose(Derivatives.Gradient(f, [x, y]), reverse, 1e-14, "reverse vs forward");
    }

    [Theory]
    [InlineData(1.5, 10.0, 6)] // 1.5⁶ ≈ 11.39 is the first power ≥ 10
    [InlineData(3.0, 10.0, 3)]
    [InlineData(2.0, 0.5, 0)]
    public void DataDependentLoopCountGivesTheClosedForm(double x, double y, int k)
    {
        // p ← 1; while p < y: p *= x. So p = x^k, k the first power reaching y: ∂x = k·x^(k−1), ∂y = 0.
        var f = new PowerUntil();
        double[] reverse = ReverseDerivatives.Gradient(f, [x, y]);
        double[] expected = [k == 0 ? 0.0 : k * Math.Pow(x, k - 1), 0.0];
        VectorClose(expected, reverse, 1e-13, "reverse vs closed form");
        VectorClose(Derivatives.Gradient(f, [x, y]), reverse, 1e-14, "reverse vs forward");
    }

    [Fact]
    public void SelfAliasingAssignmentOnTheTape()
    {
        // x *= x + x reads the old x twice and writes x: d(2x²)/dx = 4x.
        var tape = new GradientTape<double>();
        using (tape.Record())
        {
            Adjoint<double> input = tape.Variable(1.5);
            Adjoint<double> x = input;
            x *= x + x;
            Assert.Equal(4.5, x.Value);
            Assert.Equal([6.0], tape.Gradient(x, [input]));
            // The input variable itself is unchanged by the assignment to the copy.
            Assert.Equal(1.5, input.Value);
        }
    }

    [Fact]
    public void ForwardOverReverseAvoidsPerturbationConfusion()
    {
        // d/dx [x · d/dy (x·y)] = d/dx [x · x] = 2x = 6 at x = 3. The outer derivative is forward (the Dual ε
        // of x), the inner one reverse (the tape): the two never mix.
        var tape = new GradientTape<Dual<double>>();
        using (tape.Record())
        {
            Adjoint<Dual<double>> x = tape.Variable(new Dual<double>(3.0, 1.0));
            Adjoint<Dual<double>> y = tape.Variable(new Dual<double>(5.0, 0.0));
            Dual<double> innerDerivative = tape.Gradient(x * y, [y])[0];
            Dual<double> outer = x.Value * innerDerivative;
            Assert.Equal(9.0, outer.Value);
            Assert.Equal(6.0, outer.Epsilon);
        }
    }

    private sealed class BranchLoopAlias : IScalarFunction
    {
        public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
        {
            T z = x[0];
            for (int k = 0; k < 3; k++)
            {
                z *= z + z;
            }

            T y = x[1];
            return z > y ? z - y * y : z * y;
        }
    }

    private sealed class PowerUntil : IScalarFunction
    {
        public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
        {
            T p = T.One;
            while (p < x[1])
            {
                p *= x[0];
            }

            return p;
        }
    }
}
