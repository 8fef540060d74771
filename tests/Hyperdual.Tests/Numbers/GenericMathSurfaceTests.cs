using System.Numerics;

namespace Hyperdual.Tests.Numbers;

/// <summary>
/// The rest of the IFloatingPointIeee754 surface: constants, comparisons and predicates by value,
/// structural equality, IEEE helpers, mixed scalar operators, and one generic function on three types.
/// </summary>
public sealed class GenericMathSurfaceTests
{
    [Fact]
    public void ConstantsAreConstantsOfTheScalar()
    {
        AssertConstant(HyperDual<double>.Zero, 0);
        AssertConstant(HyperDual<double>.One, 1);
        AssertConstant(HyperDual<double>.NegativeOne, -1);
        AssertConstant(HyperDual<double>.E, Math.E);
        AssertConstant(HyperDual<double>.Pi, Math.PI);
        AssertConstant(HyperDual<double>.Tau, Math.Tau);
        AssertConstant(Constants<HyperDual<double>>().Epsilon, double.Epsilon);
        AssertConstant(HyperDual<double>.PositiveInfinity, double.PositiveInfinity);
        AssertConstant(HyperDual<double>.NegativeInfinity, double.NegativeInfinity);
        Assert.True(double.IsNaN(HyperDual<double>.NaN.Value));
        Assert.True(double.IsNegative(HyperDual<double>.NegativeZero.Value));
        Assert.Equal(2, HyperDual<double>.Radix);
        Assert.Equal(2, Dual<float>.Radix);

        Assert.Equal(new Dual<double>(Math.PI, 0), Dual<double>.Pi);
        Assert.Equal(new Dual<double>(-1, 0), Dual<double>.NegativeOne);
        Assert.True(double.IsNegative(Dual<double>.NegativeZero.Value));
        Assert.Equal(double.Epsilon, Constants<Dual<double>>().Epsilon.Value);
        Assert.Equal(0, Constants<Dual<double>>().Epsilon.Epsilon);
        Assert.Equal(Math.E, Constants<Dual<double>>().E.Value);
        Assert.Equal(Math.Tau, Constants<HyperDual<float>>().Tau.Value, 1e-6);
    }

    [Fact]
    public void ComparisonsLookAtTheValueOnly()
    {
        var a = new HyperDual<double>(1, 5, 5, 5);
        var b = new HyperDual<double>(1, 0, 0, 0);
        var c = new HyperDual<double>(2, -9, -9, -9);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a < c && c > a && a <= b && a >= b && a <= c && c >= a);
        Assert.False(a < b || a > b);
        Assert.Equal(0, a.CompareTo(b));
        Assert.True(a.CompareTo(c) < 0);
        Assert.True(c.CompareTo((object)a) > 0);
        Assert.Equal(1, a.CompareTo(null));
        Assert.True(new HyperDual<double>(double.NaN) != new HyperDual<double>(double.NaN));

        var d = new Dual<double>(1, 3);
        Assert.True(d == new Dual<double>(1, 4));
        Assert.True(d < new Dual<double>(1.5, -100));
        Assert.Equal(0, d.CompareTo((object)new Dual<double>(1, 0)));
    }

    [Fact]
    public void CompareToRejectsAnotherType()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new HyperDual<double>(1).CompareTo("1"));
        Assert.Equal("obj", e.ParamName);
        Assert.Throws<ArgumentException>(() => new Dual<double>(1).CompareTo((object)1.0));
    }

    [Fact]
    public void SortingUsesTheValue()
    {
        var list = new List<HyperDual<double>> { new(3, 0, 0, 0), new(1, 9, 9, 9), new(2, -1, -1, -1) };
        list.Sort();
        Assert.Equal([1.0, 2.0, 3.0], list.Select(h => h.Value));
        Assert.Equal(9, list[0].Epsilon1);
    }

    [Fact]
    public void EqualsAndHashCodeLookAtEveryPart()
    {
        var a = new HyperDual<double>(1, 2, 3, 4);
        Assert.True(a.Equals(new HyperDual<double>(1, 2, 3, 4)));
        Assert.False(a.Equals(new HyperDual<double>(1, 2, 3, 5)));
        Assert.False(a.Equals((object)1.0));
        Assert.True(a.Equals((object)new HyperDual<double>(1, 2, 3, 4)));
        Assert.Equal(a.GetHashCode(), new HyperDual<double>(1, 2, 3, 4).GetHashCode());
        Assert.True(new HyperDual<double>(double.NaN).Equals(new HyperDual<double>(double.NaN)));

        var set = new HashSet<Dual<double>> { new(1, 2), new(1, 3), new(1, 2) };
        Assert.Equal(2, set.Count);
    }

    [Fact]
    public void PredicatesLookAtTheValue()
    {
        var nanTangent = new HyperDual<double>(2, double.NaN, double.PositiveInfinity, 0);
        Assert.False(HyperDual<double>.IsNaN(nanTangent));
        Assert.True(HyperDual<double>.IsFinite(nanTangent));
        Assert.False(HyperDual<double>.IsInfinity(nanTangent));
        Assert.True(HyperDual<double>.IsInteger(nanTangent));
        Assert.True(HyperDual<double>.IsEvenInteger(nanTangent));
        Assert.False(HyperDual<double>.IsOddInteger(nanTangent));
        Assert.True(HyperDual<double>.IsPositive(nanTangent));
        Assert.False(HyperDual<double>.IsNegative(nanTangent));
        Assert.True(HyperDual<double>.IsNormal(nanTangent));
        Assert.False(HyperDual<double>.IsSubnormal(nanTangent));
        Assert.True(HyperDual<double>.IsCanonical(nanTangent));
        Assert.True(HyperDual<double>.IsRealNumber(nanTangent));
        Assert.False(HyperDual<double>.IsComplexNumber(nanTangent));
        Assert.False(HyperDual<double>.IsImaginaryNumber(nanTangent));
        Assert.False(HyperDual<double>.IsZero(nanTangent));

        Assert.True(HyperDual<double>.IsZero(new HyperDual<double>(0, 1, 1, 1)));
        Assert.True(HyperDual<double>.IsNaN(new HyperDual<double>(double.NaN, 0, 0, 0)));
        Assert.True(HyperDual<double>.IsNegativeInfinity(new HyperDual<double>(double.NegativeInfinity, 1, 1, 1)));
        Assert.True(HyperDual<double>.IsPositiveInfinity(new HyperDual<double>(double.PositiveInfinity, 1, 1, 1)));
        Assert.True(HyperDual<double>.IsSubnormal(new HyperDual<double>(double.Epsilon)));
        Assert.True(HyperDual<double>.IsOddInteger(new HyperDual<double>(3, 0.5, 0, 0)));
        Assert.True(HyperDual<double>.IsNegative(new HyperDual<double>(-0.0, 1, 1, 1)));

        Assert.True(Dual<double>.IsOddInteger(new Dual<double>(3, 0.5)));
        Assert.True(Dual<double>.IsNaN(new Dual<double>(double.NaN, 1)));
        Assert.False(Dual<double>.IsNaN(new Dual<double>(1, double.NaN)));
        Assert.True(Dual<double>.IsZero(new Dual<double>(0, 1)));
    }

    [Fact]
    public void SignAndILogBUseTheValue()
    {
        Assert.Equal(-1, HyperDual<double>.Sign(new HyperDual<double>(-2, 5, 5, 5)));
        Assert.Equal(0, Dual<double>.Sign(new Dual<double>(0, 5)));
        Assert.Throws<ArithmeticException>(() => HyperDual<double>.Sign(HyperDual<double>.NaN));
        Assert.Equal(3, HyperDual<double>.ILogB(new HyperDual<double>(8.5, 1, 1, 1)));
        Assert.Equal(-1, Dual<float>.ILogB(new Dual<float>(0.75f, 1)));
    }

    [Fact]
    public void ScaleBScalesEveryPart()
    {
        Assert.Equal(new HyperDual<double>(8, 16, 24, 32), HyperDual<double>.ScaleB(new HyperDual<double>(1, 2, 3, 4), 3));
        Assert.Equal(new Dual<double>(0.25, 0.5), Dual<double>.ScaleB(new Dual<double>(1, 2), -2));
    }

    [Fact]
    public void BitIncrementAndDecrementStepTheValueAndKeepTheParts()
    {
        var h = new HyperDual<double>(1, 2, 3, 4);
        Assert.Equal(new HyperDual<double>(Math.BitIncrement(1.0), 2, 3, 4), HyperDual<double>.BitIncrement(h));
        Assert.Equal(new HyperDual<double>(Math.BitDecrement(1.0), 2, 3, 4), HyperDual<double>.BitDecrement(h));
        Assert.Equal(new Dual<float>(MathF.BitIncrement(1f), 2), Dual<float>.BitIncrement(new Dual<float>(1, 2)));
        Assert.Equal(new Dual<float>(MathF.BitDecrement(1f), 2), Dual<float>.BitDecrement(new Dual<float>(1, 2)));
    }

    [Fact]
    public void FusedMultiplyAddRoundsTheValueOnceAndDifferentiatesTheProduct()
    {
        // a·b = 1 − 2⁻⁶⁰ rounds to 1 unfused; fused, a·b − 1 = −2⁻⁶⁰ exactly.
        double a = 1 + Math.Pow(2, -30);
        double b = 1 - Math.Pow(2, -30);
        var x = new HyperDual<double>(a, 1, 0, 0);
        var y = new HyperDual<double>(b, 0, 1, 0);
        var z = new HyperDual<double>(-1, 0, 0, 1);
        HyperDual<double> r = HyperDual<double>.FusedMultiplyAdd(x, y, z);
        Assert.Equal(-Math.Pow(2, -60), r.Value);
        Assert.Equal(b, r.Epsilon1);
        Assert.Equal(a, r.Epsilon2);
        Assert.Equal(1 + 1, r.Epsilon12);
        Assert.Equal(0, ((x * y) + z).Value);

        Dual<double> d = Dual<double>.FusedMultiplyAdd(new Dual<double>(a, 1), new Dual<double>(b, 0), new Dual<double>(-1, 0));
        Assert.Equal(-Math.Pow(2, -60), d.Value);
        Assert.Equal(b, d.Epsilon);
    }

    [Fact]
    public void LerpDifferentiatesEveryArgument()
    {
        // lerp(x, y, t) = x + (y − x)t: ∂x = 1 − t, ∂y = t, ∂t = y − x, ∂x∂t = −1, ∂y∂t = 1.
        var x = new HyperDual<double>(1, 1, 0, 0);
        var y = new HyperDual<double>(5, 0, 0, 0);
        var t = new HyperDual<double>(0.25, 0, 1, 0);
        Assert.Equal(new HyperDual<double>(2, 0.75, 4, -1), HyperDual<double>.Lerp(x, y, t));
        Assert.Equal(new Dual<double>(2, 4), Dual<double>.Lerp(new Dual<double>(1, 0), new Dual<double>(5, 0), new Dual<double>(0.25, 1)));
    }

    [Fact]
    public void IncrementAndDecrementShiftTheValue()
    {
        var h = new HyperDual<double>(1, 2, 3, 4);
        h++;
        Assert.Equal(new HyperDual<double>(2, 2, 3, 4), h);
        h--;
        h--;
        Assert.Equal(new HyperDual<double>(0, 2, 3, 4), h);
        var d = new Dual<double>(1, 2);
        d++;
        Assert.Equal(new Dual<double>(2, 2), d);
        Assert.Equal(new Dual<double>(1, 2), --d);
        Assert.Equal(new HyperDual<double>(0, 2, 3, 4), +h);
    }

    [Fact]
    public void MixedScalarOperatorsMatchClosedForms()
    {
        var h = new HyperDual<double>(2, 1, -1, 0.5);
        Assert.Equal(new HyperDual<double>(5, 1, -1, 0.5), h + 3.0);
        Assert.Equal(new HyperDual<double>(5, 1, -1, 0.5), 3.0 + h);
        Assert.Equal(new HyperDual<double>(-1, 1, -1, 0.5), h - 3.0);
        Assert.Equal(new HyperDual<double>(1, -1, 1, -0.5), 3.0 - h);
        Assert.Equal(new HyperDual<double>(6, 3, -3, 1.5), h * 3.0);
        Assert.Equal(new HyperDual<double>(6, 3, -3, 1.5), 3.0 * h);
        Assert.Equal(new HyperDual<double>(0.5, 0.25, -0.25, 0.125), h / 4.0);

        // 3/x at 2: f' = −3/4, f'' = 6/8: ε₁ = −0.75, ε₂ = 0.75, ε₁ε₂ = 0.75·(1)(−1) + (−0.75)(0.5) = −1.125.
        Assert.Equal(new HyperDual<double>(1.5, -0.75, 0.75, -1.125), 3.0 / h);

        var d = new Dual<double>(2, 1);
        Assert.Equal(new Dual<double>(5, 1), d + 3.0);
        Assert.Equal(new Dual<double>(5, 1), 3.0 + d);
        Assert.Equal(new Dual<double>(-1, 1), d - 3.0);
        Assert.Equal(new Dual<double>(1, -1), 3.0 - d);
        Assert.Equal(new Dual<double>(6, 3), 3.0 * d);
        Assert.Equal(new Dual<double>(6, 3), d * 3.0);
        Assert.Equal(new Dual<double>(0.5, 0.25), d / 4.0);
        Assert.Equal(new Dual<double>(1.5, -0.75), 3.0 / d);
    }

    [Fact]
    public void FloatingPointByteMembersDelegateToTheValue()
    {
        AssertSameLayout(new HyperDual<double>(1234.5, 1, 2, 3), 1234.5);
        AssertSameLayout(new Dual<float>(-0.375f, 9), -0.375f);
    }

    [Fact]
    public void AGenericFunctionRunsOnEveryNumberType()
    {
        // Rosenbrock f = (1 − x)² + 100(y − x²)² at (−1.2, 1): f = 24.2, ∂x = −215.6, ∂y = −88,
        // ∂xx = 1330, ∂xy = 480, ∂yy = 200.
        Assert.Equal(24.2, Rosenbrock(-1.2, 1.0), 1e-12);
        Assert.Equal(24.2f, Rosenbrock(-1.2f, 1f), 1e-4f);

        HyperDual<double> hxx = Rosenbrock(new HyperDual<double>(-1.2, 1, 1, 0), new HyperDual<double>(1));
        Assert.Equal(24.2, hxx.Value, 1e-12);
        Assert.Equal(-215.6, hxx.Epsilon1, 1e-11);
        Assert.Equal(1330, hxx.Epsilon12, 1e-10);

        HyperDual<double> hxy = Rosenbrock(new HyperDual<double>(-1.2, 1, 0, 0), new HyperDual<double>(1, 0, 1, 0));
        Assert.Equal(-88, hxy.Epsilon2, 1e-11);
        Assert.Equal(480, hxy.Epsilon12, 1e-10);

        HyperDual<float> hyy = Rosenbrock(new HyperDual<float>(-1.2f), new HyperDual<float>(1, 1, 1, 0));
        Assert.Equal(200f, hyy.Epsilon12, 1e-3f);

        Dual<double> dx = Rosenbrock(new Dual<double>(-1.2, 1), new Dual<double>(1));
        Assert.Equal(-215.6, dx.Epsilon, 1e-11);
    }

    [Fact]
    public void OtherIeeeScalarTypesWork()
    {
        // x³ at 2 with ε₁ = ε₂ = 1: 8, 12, 12, 12 — exact in Half and NFloat too.
        HyperDual<Half> h = Cube(new HyperDual<Half>((Half)2, Half.One, Half.One, Half.Zero));
        Assert.Equal(new HyperDual<Half>((Half)8, (Half)12, (Half)12, (Half)12), h);

        var n = Cube(new HyperDual<System.Runtime.InteropServices.NFloat>(2, 1, 1, 0));
        Assert.Equal(12, (double)n.Epsilon12);

        Dual<Half> e = Dual<Half>.Exp(new Dual<Half>(Half.Zero, Half.One));
        Assert.Equal(new Dual<Half>(Half.One, Half.One), e);
    }

    private static T Cube<T>(T x)
        where T : IFloatingPointIeee754<T>
        => T.Pow(x, T.CreateChecked(3));

    private static T Rosenbrock<T>(T x, T y)
        where T : IFloatingPointIeee754<T>
    {
        T a = T.One - x;
        T b = y - (x * x);
        return (a * a) + (T.CreateChecked(100) * b * b);
    }

    private static (T Epsilon, T E, T Tau) Constants<T>()
        where T : IFloatingPointIeee754<T>
        => (T.Epsilon, T.E, T.Tau);

    private static void AssertConstant(HyperDual<double> h, double value)
        => Assert.Equal(new HyperDual<double>(value, 0, 0, 0), h);

    private static void AssertSameLayout<TDual, TScalar>(TDual number, TScalar value)
        where TDual : IFloatingPoint<TDual>
        where TScalar : IFloatingPoint<TScalar>
    {
        Assert.Equal(value.GetExponentByteCount(), number.GetExponentByteCount());
        Assert.Equal(value.GetExponentShortestBitLength(), number.GetExponentShortestBitLength());
        Assert.Equal(value.GetSignificandBitLength(), number.GetSignificandBitLength());
        Assert.Equal(value.GetSignificandByteCount(), number.GetSignificandByteCount());
        byte[] expected = new byte[16];
        byte[] actual = new byte[16];
        Assert.Equal(value.WriteExponentBigEndian(expected), number.WriteExponentBigEndian(actual));
        Assert.Equal(expected, actual);
        Assert.Equal(value.WriteExponentLittleEndian(expected), number.WriteExponentLittleEndian(actual));
        Assert.Equal(expected, actual);
        Assert.Equal(value.WriteSignificandBigEndian(expected), number.WriteSignificandBigEndian(actual));
        Assert.Equal(expected, actual);
        Assert.Equal(value.WriteSignificandLittleEndian(expected), number.WriteSignificandLittleEndian(actual));
        Assert.Equal(expected, actual);
        Assert.False(number.TryWriteSignificandBigEndian(Span<byte>.Empty, out _));
    }
}
