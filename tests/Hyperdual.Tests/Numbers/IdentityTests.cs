using System.Numerics;

namespace Hyperdual.Tests.Numbers;

/// <summary>
/// Identities that hold for every x must hold in every part of a hyper-dual (and dual) number, to
/// ~1e-13: their first and second derivatives vanish identically too.
/// </summary>
public sealed class IdentityTests
{
    private const int Samples = 25;

    /// <summary>Identity name, and the range x and y are drawn from.</summary>
    public static TheoryData<string, double, double> Identities() => new()
    {
        { "cosh² − sinh² = 1", -3, 3 },
        { "exp(log(xy)) = xy", 0.1, 5 },
        { "tan = sin/cos", -1.2, 1.2 },
        { "sin² + cos² = 1", -10, 10 },
        { "sqrt(x)² = x", 0.1, 10 },
        { "log(exp(x)) = x", -5, 5 },
        { "cbrt(x)³ = x", 0.2, 5 },
        { "cbrt(−x) = −cbrt(x)", 0.2, 5 },
        { "exp2(log2 x) = x", 0.1, 10 },
        { "exp10(log10 x) = x", 0.1, 10 },
        { "expm1(logp1 x) = x", -0.5, 3 },
        { "exp2m1(log2p1 x) = x", -0.5, 3 },
        { "exp10m1(log10p1 x) = x", -0.5, 3 },
        { "asin(sin x) = x", -1.2, 1.2 },
        { "acos(cos x) = x", 0.2, 3 },
        { "atan(tan x) = x", -1.2, 1.2 },
        { "asinh(sinh x) = x", -3, 3 },
        { "acosh(cosh x) = x", 0.2, 3 },
        { "atanh(tanh x) = x", -2, 2 },
        { "tanh = sinh/cosh", -3, 3 },
        { "pow(x, y) = exp(y log x)", 0.2, 3 },
        { "hypot(x, y)² = x² + y²", 0.2, 3 },
        { "atan2(r sin x, r cos x) = x, r = y² + 0.5", -3, 3 },
        { "sinpi(x) = sin(πx)", -2, 2 },
        { "cospi(x) = cos(πx)", -2, 2 },
        { "tanpi(x) = tan(πx)", -0.4, 0.4 },
        { "asinpi(x)·π = asin(x)", -0.9, 0.9 },
        { "acospi(x)·π = acos(x)", -0.9, 0.9 },
        { "atanpi(x)·π = atan(x)", -3, 3 },
        { "atan2pi(y, x)·π = atan2(y, x)", 0.2, 3 },
        { "(x/y)·y = x", 0.2, 3 },
        { "rootn(x, 5)⁵ = x", 0.2, 3 },
        { "log(x, y) = log x / log y", 1.5, 4 },
        { "exp(x + y) = exp x · exp y", -2, 2 },
        { "sincos = (sin, cos)", -4, 4 },
        { "sincospi = (sinpi, cospi)", -4, 4 },
        { "1/sqrt = reciprocalsqrt", 0.2, 3 },
        { "lerp = x + (y − x)·0.3", -3, 3 },
        { "fma(x, y, x) = x·y + x", -3, 3 },
        { "degrees(radians(x)) = x", -3, 3 },
        { "pow(x, 2) = x·x", -3, 3 },
        { "pow(x, −1) = 1/x", 0.2, 3 },
    };

    [Theory]
    [MemberData(nameof(Identities))]
    public void HoldsInEveryPartOfHyperDualDouble(string identity, double low, double high) => CheckHyperDual<double>(identity, low, high, 1e-13);

    [Theory]
    [MemberData(nameof(Identities))]
    public void HoldsInEveryPartOfHyperDualFloat(string identity, double low, double high) => CheckHyperDual<float>(identity, low, high, 2e-5);

    [Theory]
    [MemberData(nameof(Identities))]
    public void HoldsInEveryPartOfDualDouble(string identity, double low, double high) => CheckDual<double>(identity, low, high, 1e-13);

    [Theory]
    [MemberData(nameof(Identities))]
    public void HoldsInEveryPartOfDualFloat(string identity, double low, double high) => CheckDual<float>(identity, low, high, 2e-5);

    private static void CheckHyperDual<T>(string identity, double low, double high, double tolerance)
        where T : IFloatingPointIeee754<T>
    {
        var random = new Random(StableSeed(identity));
        for (int i = 0; i < Samples; i++)
        {
            HyperDual<T> x = new(Draw<T>(random, low, high), Draw<T>(random, -1, 1), Draw<T>(random, -1, 1), Draw<T>(random, -1, 1));
            HyperDual<T> y = new(Draw<T>(random, low, high), Draw<T>(random, -1, 1), Draw<T>(random, -1, 1), Draw<T>(random, -1, 1));
            (HyperDual<T> left, HyperDual<T> right) = Sides(identity, x, y);
            double scale = 1 + new[] { left.Value, left.Epsilon1, left.Epsilon2, left.Epsilon12 }.Max(v => Math.Abs(Tolerance.D(v)));
            string at = $"{identity} at x = {x}, y = {y} in HyperDual<{typeof(T).Name}>";
            Tolerance.Close(Tolerance.D(right.Value), Tolerance.D(left.Value), scale, tolerance, at + " value");
            Tolerance.Close(Tolerance.D(right.Epsilon1), Tolerance.D(left.Epsilon1), scale, tolerance, at + " ε₁");
            Tolerance.Close(Tolerance.D(right.Epsilon2), Tolerance.D(left.Epsilon2), scale, tolerance, at + " ε₂");
            Tolerance.Close(Tolerance.D(right.Epsilon12), Tolerance.D(left.Epsilon12), scale, tolerance, at + " ε₁ε₂");
        }
    }

    private static void CheckDual<T>(string identity, double low, double high, double tolerance)
        where T : IFloatingPointIeee754<T>
    {
        var random = new Random(StableSeed(identity));
        for (int i = 0; i < Samples; i++)
        {
            Dual<T> x = new(Draw<T>(random, low, high), Draw<T>(random, -1, 1));
            Dual<T> y = new(Draw<T>(random, low, high), Draw<T>(random, -1, 1));
            (Dual<T> left, Dual<T> right) = Sides(identity, x, y);
            double scale = 1 + Math.Max(Math.Abs(Tolerance.D(left.Value)), Math.Abs(Tolerance.D(left.Epsilon)));
            string at = $"{identity} at x = {x}, y = {y} in Dual<{typeof(T).Name}>";
            Tolerance.Close(Tolerance.D(right.Value), Tolerance.D(left.Value), scale, tolerance, at + " value");
            Tolerance.Close(Tolerance.D(right.Epsilon), Tolerance.D(left.Epsilon), scale, tolerance, at + " ε");
        }
    }

    [Fact]
    public void ANonIdentityIsCaught()
    {
        // The check above is able to fail: sin² − cos² is not constant, and its parts show it.
        var x = new HyperDual<double>(0.3, 1, 1, 0);
        HyperDual<double> s = HyperDual<double>.Sin(x);
        HyperDual<double> c = HyperDual<double>.Cos(x);
        HyperDual<double> notOne = (s * s) - (c * c);
        Assert.True(Math.Abs(notOne.Epsilon1) > 0.1);
        Assert.True(Math.Abs(notOne.Epsilon12) > 0.1);
    }

    /// <summary>A seed from the identity's text that is the same in every process (string.GetHashCode is not).</summary>
    private static int StableSeed(string text) => text.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));

    private static T Draw<T>(Random random, double low, double high)
        where T : INumberBase<T>
        => T.CreateChecked(low + ((high - low) * random.NextDouble()));

    /// <summary>The two sides of the named identity, computed with generic math only.</summary>
    private static (TNumber Left, TNumber Right) Sides<TNumber>(string identity, TNumber x, TNumber y)
        where TNumber : IFloatingPointIeee754<TNumber>
    {
        TNumber one = TNumber.One;
        TNumber pi = TNumber.Pi;
        return identity switch
        {
            "cosh² − sinh² = 1" => ((TNumber.Cosh(x) * TNumber.Cosh(x)) - (TNumber.Sinh(x) * TNumber.Sinh(x)), one),
            "exp(log(xy)) = xy" => (TNumber.Exp(TNumber.Log(x * y)), x * y),
            "tan = sin/cos" => (TNumber.Tan(x), TNumber.Sin(x) / TNumber.Cos(x)),
            "sin² + cos² = 1" => ((TNumber.Sin(x) * TNumber.Sin(x)) + (TNumber.Cos(x) * TNumber.Cos(x)), one),
            "sqrt(x)² = x" => (TNumber.Sqrt(x) * TNumber.Sqrt(x), x),
            "log(exp(x)) = x" => (TNumber.Log(TNumber.Exp(x)), x),
            "cbrt(x)³ = x" => (TNumber.Cbrt(x) * TNumber.Cbrt(x) * TNumber.Cbrt(x), x),
            "cbrt(−x) = −cbrt(x)" => (TNumber.Cbrt(-x), -TNumber.Cbrt(x)),
            "exp2(log2 x) = x" => (TNumber.Exp2(TNumber.Log2(x)), x),
            "exp10(log10 x) = x" => (TNumber.Exp10(TNumber.Log10(x)), x),
            "expm1(logp1 x) = x" => (TNumber.ExpM1(TNumber.LogP1(x)), x),
            "exp2m1(log2p1 x) = x" => (TNumber.Exp2M1(TNumber.Log2P1(x)), x),
            "exp10m1(log10p1 x) = x" => (TNumber.Exp10M1(TNumber.Log10P1(x)), x),
            "asin(sin x) = x" => (TNumber.Asin(TNumber.Sin(x)), x),
            "acos(cos x) = x" => (TNumber.Acos(TNumber.Cos(x)), x),
            "atan(tan x) = x" => (TNumber.Atan(TNumber.Tan(x)), x),
            "asinh(sinh x) = x" => (TNumber.Asinh(TNumber.Sinh(x)), x),
            "acosh(cosh x) = x" => (TNumber.Acosh(TNumber.Cosh(x)), x),
            "atanh(tanh x) = x" => (TNumber.Atanh(TNumber.Tanh(x)), x),
            "tanh = sinh/cosh" => (TNumber.Tanh(x), TNumber.Sinh(x) / TNumber.Cosh(x)),
            "pow(x, y) = exp(y log x)" => (TNumber.Pow(x, y), TNumber.Exp(y * TNumber.Log(x))),
            "hypot(x, y)² = x² + y²" => (TNumber.Hypot(x, y) * TNumber.Hypot(x, y), (x * x) + (y * y)),
            "atan2(r sin x, r cos x) = x, r = y² + 0.5" => (TNumber.Atan2(((y * y) + TNumber.CreateChecked(0.5)) * TNumber.Sin(x), ((y * y) + TNumber.CreateChecked(0.5)) * TNumber.Cos(x)), x),
            "sinpi(x) = sin(πx)" => (TNumber.SinPi(x), TNumber.Sin(pi * x)),
            "cospi(x) = cos(πx)" => (TNumber.CosPi(x), TNumber.Cos(pi * x)),
            "tanpi(x) = tan(πx)" => (TNumber.TanPi(x), TNumber.Tan(pi * x)),
            "asinpi(x)·π = asin(x)" => (TNumber.AsinPi(x) * pi, TNumber.Asin(x)),
            "acospi(x)·π = acos(x)" => (TNumber.AcosPi(x) * pi, TNumber.Acos(x)),
            "atanpi(x)·π = atan(x)" => (TNumber.AtanPi(x) * pi, TNumber.Atan(x)),
            "atan2pi(y, x)·π = atan2(y, x)" => (TNumber.Atan2Pi(y, x) * pi, TNumber.Atan2(y, x)),
            "(x/y)·y = x" => (x / y * y, x),
            "rootn(x, 5)⁵ = x" => (TNumber.Pow(TNumber.RootN(x, 5), TNumber.CreateChecked(5)), x),
            "log(x, y) = log x / log y" => (TNumber.Log(x, y), TNumber.Log(x) / TNumber.Log(y)),
            "exp(x + y) = exp x · exp y" => (TNumber.Exp(x + y), TNumber.Exp(x) * TNumber.Exp(y)),
            "sincos = (sin, cos)" => (TNumber.SinCos(x).Sin + (y * TNumber.SinCos(x).Cos), TNumber.Sin(x) + (y * TNumber.Cos(x))),
            "sincospi = (sinpi, cospi)" => (TNumber.SinCosPi(x).SinPi + (y * TNumber.SinCosPi(x).CosPi), TNumber.SinPi(x) + (y * TNumber.CosPi(x))),
            "1/sqrt = reciprocalsqrt" => (one / TNumber.Sqrt(x), TNumber.ReciprocalSqrtEstimate(x)),
            "lerp = x + (y − x)·0.3" => (TNumber.Lerp(x, y, TNumber.CreateChecked(0.3)), x + ((y - x) * TNumber.CreateChecked(0.3))),
            "fma(x, y, x) = x·y + x" => (TNumber.FusedMultiplyAdd(x, y, x), (x * y) + x),
            "degrees(radians(x)) = x" => (TNumber.RadiansToDegrees(TNumber.DegreesToRadians(x)), x),
            "pow(x, 2) = x·x" => (TNumber.Pow(x, TNumber.CreateChecked(2)), x * x),
            "pow(x, −1) = 1/x" => (TNumber.Pow(x, TNumber.NegativeOne), one / x),
            _ => throw new ArgumentException($"Unknown identity {identity}.", nameof(identity)),
        };
    }
}
