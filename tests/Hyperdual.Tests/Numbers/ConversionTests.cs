using System.Numerics;

namespace Hyperdual.Tests.Numbers;

/// <summary>INumberBase conversions: from anything the scalar accepts → a constant; to other types → the value part.</summary>
public sealed class ConversionTests
{
    [Fact]
    public void CreateCheckedFromPrimitivesGivesAConstant()
    {
        Assert.Equal(new HyperDual<double>(2, 0, 0, 0), HyperDual<double>.CreateChecked(2));
        Assert.Equal(new HyperDual<double>(2.5, 0, 0, 0), HyperDual<double>.CreateChecked(2.5f));
        Assert.Equal(new HyperDual<double>(-7, 0, 0, 0), HyperDual<double>.CreateChecked(-7L));
        Assert.Equal(new HyperDual<double>(0.1, 0, 0, 0), HyperDual<double>.CreateChecked(0.1m));
        Assert.Equal(new HyperDual<float>(1e30f, 0, 0, 0), HyperDual<float>.CreateChecked(1e30));
        Assert.Equal(new Dual<double>(3, 0), Dual<double>.CreateChecked((Half)3));
        Assert.Equal(new Dual<double>(1e20, 0), Dual<double>.CreateChecked(BigInteger.Pow(10, 20)));
        Assert.Equal(new Dual<float>(5, 0), Dual<float>.CreateChecked((Int128)5));
    }

    [Fact]
    public void CreateSaturatingAndTruncatingFollowTheScalar()
    {
        Assert.Equal(new HyperDual<float>(float.CreateSaturating(1e300)), HyperDual<float>.CreateSaturating(1e300));
        Assert.Equal(new HyperDual<float>(float.CreateTruncating(1e300)), HyperDual<float>.CreateTruncating(1e300));
        Assert.Equal(new Dual<double>(12, 0), Dual<double>.CreateTruncating((byte)12));
        Assert.Equal(new Dual<double>(-4, 0), Dual<double>.CreateSaturating((sbyte)-4));
    }

    [Fact]
    public void CreatingFromTheSameTypeKeepsEveryPart()
    {
        var h = new HyperDual<double>(1, 2, 3, 4);
        Assert.Equal(h, HyperDual<double>.CreateChecked(h));
        Assert.Equal(h, HyperDual<double>.CreateSaturating(h));
        Assert.Equal(h, HyperDual<double>.CreateTruncating(h));
        var d = new Dual<float>(1, 2);
        Assert.Equal(d, Dual<float>.CreateChecked(d));
        Assert.Equal(d, Dual<float>.CreateSaturating(d));
        Assert.Equal(d, Dual<float>.CreateTruncating(d));
    }

    [Fact]
    public void GenericCodeCreatesConstants()
    {
        Assert.Equal(new HyperDual<double>(2, 0, 0, 0), Two<HyperDual<double>>());
        Assert.Equal(new Dual<float>(2, 0), Two<Dual<float>>());
        Assert.Equal(new HyperDual<Dual<double>>(new Dual<double>(2, 0)), Two<HyperDual<Dual<double>>>());
        Assert.Equal(HyperDual<double>.One, GenericIdentities<HyperDual<double>>().One);
        Assert.Equal(HyperDual<double>.Zero, GenericIdentities<HyperDual<double>>().Zero);
        Assert.Equal(Dual<double>.One, GenericIdentities<Dual<double>>().One);
    }

    [Fact]
    public void ConvertingToAnotherTypeTakesTheValuePart()
    {
        var h = new HyperDual<double>(2.75, 1, 2, 3);
        Assert.Equal(2.75, double.CreateChecked(h));
        Assert.Equal(2.75f, float.CreateChecked(h));
        Assert.Equal(2, int.CreateTruncating(h));
        Assert.Equal(2.75m, decimal.CreateChecked(h));
        Assert.Equal(2.75, double.CreateChecked(new Dual<float>(2.75f, 9)));
        Assert.Equal(3L, long.CreateSaturating(new Dual<double>(3.2, 1)));
    }

    [Fact]
    public void ConvertingToAnotherTypeReportsOverflowAndSaturates()
    {
        var huge = new HyperDual<double>(1e300, 1, 1, 1);
        Assert.Throws<OverflowException>(() => int.CreateChecked(huge));
        Assert.Equal(int.MaxValue, int.CreateSaturating(huge));
        Assert.Equal(int.MinValue, int.CreateSaturating(-huge));
    }

    [Fact]
    public void ConvertingBetweenDualTypesKeepsTheValueOnly()
    {
        Assert.Equal(new HyperDual<double>(1.5), HyperDual<double>.CreateChecked(new Dual<float>(1.5f, 9)));
        Assert.Equal(new Dual<double>(4), Dual<double>.CreateChecked(new HyperDual<double>(4, 1, 2, 3)));
        Assert.Equal(new Dual<double>(4), Dual<double>.CreateTruncating(new HyperDual<float>(4, 1, 2, 3)));
    }

    [Fact]
    public void ConvertToIntegerUsesTheValue()
    {
        Assert.Equal(2, HyperDual<double>.ConvertToInteger<int>(new HyperDual<double>(2.9, 1, 1, 1)));
        Assert.Equal(int.MaxValue, HyperDual<double>.ConvertToInteger<int>(new HyperDual<double>(1e20)));
        Assert.Equal(-3, Dual<double>.ConvertToIntegerNative<long>(new Dual<double>(-3.5, 1)));
        Assert.Equal(7, ConvertGeneric<HyperDual<float>>(new HyperDual<float>(7.2f, 1, 1, 1)));
    }

    [Fact]
    public void ImplicitConversionFromTheScalarIsAConstant()
    {
        HyperDual<double> h = 2.5;
        Dual<float> d = 1.5f;
        Assert.Equal(new HyperDual<double>(2.5, 0, 0, 0), h);
        Assert.Equal(new Dual<float>(1.5f, 0), d);
        Assert.True(h.IsConstant);
        Assert.False(new HyperDual<double>(1, 0, 0, 1).IsConstant);
    }

    private static T Two<T>()
        where T : INumberBase<T>
        => T.CreateChecked(2.0);

    private static (T Zero, T One) GenericIdentities<T>()
        where T : INumberBase<T>
        => (T.AdditiveIdentity, T.MultiplicativeIdentity);

    private static int ConvertGeneric<T>(T value)
        where T : IFloatingPoint<T>
        => T.ConvertToInteger<int>(value);
}
