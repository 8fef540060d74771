using System.Globalization;
using System.Numerics;
using System.Text;
using Hyperdual.TestFunctions;

namespace Hyperdual.Tests.Reverse;

/// <summary>The generic-math surface of <see cref="Adjoint{T}"/> beyond derivatives: constants, conversions,
/// comparisons, predicates, formatting and parsing; and nesting the other way round (reverse over forward).</summary>
public sealed class AdjointNumberTests
{
    [Fact]
    public void ConstantsAndConversionsAreConstantsWithTheRightValue()
    {
        Assert.Equal(Math.PI, Adjoint<double>.Pi.Value);
        Assert.Equal(Math.E, Adjoint<double>.E.Value);
        Assert.Equal(Math.Tau, Adjoint<double>.Tau.Value);
        Assert.True(Adjoint<double>.NaN.IsConstant);
        Assert.True(double.IsNegative(Adjoint<double>.NegativeZero.Value));
        Assert.Equal(2.0, Adjoint<double>.CreateChecked(2).Value);
        Assert.Equal(float.CreateSaturating(1e300), Adjoint<float>.CreateSaturating(1e300).Value);
        Assert.Equal(2.5, Adjoint<double>.CreateTruncating(2.5m).Value);
        Assert.True(Adjoint<double>.CreateChecked(2).IsConstant);
        Assert.Equal(2, int.CreateTruncating(new Adjoint<double>(2.7)));
        Assert.Equal(2.7, double.CreateChecked(new Adjoint<double>(2.7)));
        Assert.Equal(3, Adjoint<double>.ConvertToInteger<int>(new Adjoint<double>(3.9)));
    }

    [Fact]
    public void CreateFromAnAdjointKeepsTheNodeAndComparisonsLookAtTheValueOnly()
    {
        var tape = new GradientTape<double>();
        using (tape.Record())
        {
            Adjoint<double> x = tape.Variable(2.0);
            Adjoint<double> same = Adjoint<double>.CreateChecked(x);
            Assert.Equal(x.Index, same.Index);
            Adjoint<double> constant = 2.0;
            Assert.True(x == constant);
            Assert.False(x != constant);
            Assert.False(x.Equals(constant));
            Assert.True(x.Equals(same));
            Assert.True(x.Equals((object)same));
            Assert.Equal(0, x.CompareTo(constant));
            Assert.True(x < 3.0 && x <= 2.0 && x > 1.0 && x >= 2.0);
            Assert.Equal(1, x.CompareTo(null));
            Assert.Equal("obj", Assert.Throws<ArgumentException>(() => x.CompareTo("two")).ParamName);
            Assert.Equal("min", Assert.Throws<ArgumentException>(() => Adjoint<double>.Clamp(x, 3.0, 1.0)).ParamName);
        }
    }

    [Fact]
    public void PredicatesLookAtTheValue()
    {
        Assert.True(Adjoint<double>.IsNaN(double.NaN));
        Assert.True(Adjoint<double>.IsFinite(1.0));
        Assert.True(Adjoint<double>.IsInfinity(double.NegativeInfinity));
        Assert.True(Adjoint<double>.IsNegative(-0.0));
        Assert.True(Adjoint<double>.IsInteger(4.0));
        Assert.True(Adjoint<double>.IsEvenInteger(4.0));
        Assert.True(Adjoint<double>.IsOddInteger(3.0));
        Assert.True(Adjoint<double>.IsZero(0.0));
        Assert.True(Adjoint<double>.IsSubnormal(double.Epsilon));
        Assert.True(Adjoint<double>.IsRealNumber(1.0));
        Assert.Equal(-1, Adjoint<double>.Sign(-3.0));
        Assert.Equal(3, Adjoint<double>.ILogB(8.0));
        Assert.Equal(2, Adjoint<double>.Radix);
    }

    [Fact]
    public void FormattingAndParsingUseTheValue()
    {
        Adjoint<double> x = 1.5;
        Assert.Equal("1.50", x.ToString("F2", CultureInfo.InvariantCulture));
        Assert.Equal(1.5.ToString(CultureInfo.CurrentCulture), x.ToString());
        Span<char> chars = stackalloc char[16];
        Assert.True(x.TryFormat(chars, out int written, "G", CultureInfo.InvariantCulture));
        Assert.Equal("1.5", chars[..written].ToString());
        Span<byte> bytes = stackalloc byte[16];
        Assert.True(x.TryFormat(bytes, out int bytesWritten, "G", CultureInfo.InvariantCulture));
        Assert.Equal("1.5", Encoding.UTF8.GetString(bytes[..bytesWritten]));

        Assert.Equal(2.25, Adjoint<double>.Parse("2.25", CultureInfo.InvariantCulture).Value);
        Assert.Equal(1000.0, Adjoint<double>.Parse("1,000", NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture).Value);
        Assert.Equal(-3.0, Adjoint<double>.Parse("-3"u8, CultureInfo.InvariantCulture).Value);
        Assert.True(Adjoint<double>.TryParse("4", CultureInfo.InvariantCulture, out Adjoint<double> four));
        Assert.Equal(4.0, four.Value);
        Assert.True(four.IsConstant);
        Assert.False(Adjoint<double>.TryParse("four", CultureInfo.InvariantCulture, out Adjoint<double> none));
        Assert.Equal(0.0, none.Value);
        Assert.False(Adjoint<double>.TryParse((string?)null, CultureInfo.InvariantCulture, out _));
        Assert.Throws<FormatException>(() => Adjoint<double>.Parse("x", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void NestedDualAdjointFormatsWithItsPerturbation()
    {
        var x = new Adjoint<Dual<double>>(new Dual<double>(1.0, 2.0));
        Assert.Equal(new Dual<double>(1.0, 2.0).ToString("G", CultureInfo.InvariantCulture), x.ToString("G", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("rosenbrock", 5)]
    [InlineData("beale", 2)]
    [InlineData("wood", 4)]
    [InlineData("zakharov", 3)]
    public void ReverseOverForwardAlsoGivesTheHessianVectorProduct(string name, int n)
    {
        // The other nesting: Dual<Adjoint<double>>. The ε part of f(x + vε) is ∇f·v, recorded on the tape;
        // its reverse gradient is ∇(∇f·v) = ∇²f·v.
        TestFunction f = TestFunctionCatalog.Get(name);
        var random = new Random(n * 13);
        double[] x = DerivativesTests.RandomVector(random, n);
        double[] v = DerivativesTests.RandomVector(random, n);
        var tape = new GradientTape<double>();
        double[] product;
        using (tape.Record())
        {
            var variables = new Adjoint<double>[n];
            var point = new Dual<Adjoint<double>>[n];
            for (int i = 0; i < n; i++)
            {
                variables[i] = tape.Variable(x[i]);
                point[i] = new Dual<Adjoint<double>>(variables[i], v[i]);
            }

            Dual<Adjoint<double>> result = f.Evaluate<Dual<Adjoint<double>>>(point);
            product = tape.Gradient(result.Epsilon, variables);
        }

        ReverseAssert.VectorClose(ReverseAssert.MatVec(f.AnalyticHessian(x), v), product, 1e-11, $"{name} H·v");
    }

    [Fact]
    public void IncrementAndBitStepsKeepTheNode()
    {
        var tape = new GradientTape<double>();
        using (tape.Record())
        {
            Adjoint<double> x = tape.Variable(1.0);
            Adjoint<double> y = x;
            y++;
            Assert.Equal(x.Index, y.Index);
            Assert.Equal(2.0, y.Value);
            Assert.Equal(x.Index, Adjoint<double>.BitIncrement(x).Index);
            Assert.True(Adjoint<double>.BitIncrement(x).Value > 1.0);
        }
    }

    [Fact]
    public void FusedMultiplyAddHasTheFusedValue()
    {
        // 0.1·10 − 1 rounds to 0 unfused; fused it is the rounding error of 0.1·10, 2^−54 ≈ 5.55e−17.
        Adjoint<double> fused = Adjoint<double>.FusedMultiplyAdd(0.1, 10.0, -1.0);
        Assert.Equal(Math.FusedMultiplyAdd(0.1, 10.0, -1.0), fused.Value);
    }

    [Fact]
    public void WorksAsAGenericNumber()
    {
        Assert.Equal(10.0, SumOfSquares<Adjoint<double>>([1.0, 3.0]).Value);
        Assert.Equal(10.0, SumOfSquares<double>([1.0, 3.0]));
    }

    private static T SumOfSquares<T>(T[] values) where T : INumber<T>
    {
        T sum = T.AdditiveIdentity * T.MultiplicativeIdentity;
        foreach (T v in values)
        {
            sum += v * v;
        }

        return sum;
    }
}
