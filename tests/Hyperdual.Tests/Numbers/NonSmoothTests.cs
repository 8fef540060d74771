namespace Hyperdual.Tests.Numbers;

/// <summary>
/// Every documented case at a point where a derivative does not exist (the numbered cases in the XML
/// docs of HyperDual and Dual), one test per case.
/// </summary>
public sealed class NonSmoothTests
{
    private static readonly double Inf = double.PositiveInfinity;
    private static readonly double NaN = double.NaN;

    private static HyperDual<double> H(double a, double b = 0.75, double c = -1.25, double d = 0.5) => new(a, b, c, d);

    private static void Parts(HyperDual<double> actual, double value, double e1, double e2, double e12)
    {
        Same(value, actual.Value, "value");
        Same(e1, actual.Epsilon1, "ε₁");
        Same(e2, actual.Epsilon2, "ε₂");
        Same(e12, actual.Epsilon12, "ε₁ε₂");
    }

    private static void Parts(Dual<double> actual, double value, double e)
    {
        Same(value, actual.Value, "value");
        Same(e, actual.Epsilon, "ε");
    }

    private static void Same(double expected, double actual, string part)
        => Assert.True(
            expected.Equals(actual) || Math.Abs(expected - actual) <= 1e-14 * (1 + Math.Abs(expected)),
            $"{part}: expected {expected}, got {actual}");

    // Sqrt

    [Fact]
    public void SqrtCase2AtZeroGivesInfiniteSlopeWhereTheTangentMoves()
    {
        // b = 0.75 > 0 → +∞, c < 0 → −∞; ε₁ε₂ = (−∞)·bc + (+∞)·d = +∞ (bc < 0, d > 0).
        Parts(HyperDual<double>.Sqrt(H(0)), 0, Inf, -Inf, Inf);
        Parts(Dual<double>.Sqrt(new(0, -2)), 0, -Inf);
    }

    [Fact]
    public void SqrtCase2AtZeroKeepsAConstantConstant()
    {
        Parts(HyperDual<double>.Sqrt(H(0, 1, 0, 0)), 0, Inf, 0, 0);
        Parts(HyperDual<double>.Sqrt(new HyperDual<double>(0)), 0, 0, 0, 0);
        Parts(Dual<double>.Sqrt(new Dual<double>(0)), 0, 0);
    }

    [Fact]
    public void SqrtCase3BelowZeroIsNaN()
    {
        Parts(HyperDual<double>.Sqrt(H(-1)), NaN, NaN, NaN, NaN);
        Parts(Dual<double>.Sqrt(new(-1, 1)), NaN, NaN);
    }

    // Log family

    [Fact]
    public void LogCase2AtZero()
    {
        Parts(HyperDual<double>.Log(H(0)), -Inf, Inf, -Inf, Inf);
        Parts(HyperDual<double>.Log(H(0, 0, 0, 0)), -Inf, 0, 0, 0);
        Parts(HyperDual<double>.LogP1(H(-1, 1, 0, 0)), -Inf, Inf, 0, 0);
        Parts(Dual<double>.Log(new(0, 3)), -Inf, Inf);
        Parts(Dual<double>.Log2P1(new(-1, 0)), -Inf, 0);
    }

    [Fact]
    public void LogCase3BelowZeroIsNaNEvenWhereTheSlopeFormulaIsFinite()
    {
        Parts(HyperDual<double>.Log(H(-2)), NaN, NaN, NaN, NaN);
        Parts(HyperDual<double>.Log10(H(-2)), NaN, NaN, NaN, NaN);
        Parts(HyperDual<double>.Log10P1(H(-3)), NaN, NaN, NaN, NaN);
        Parts(Dual<double>.Log2(new(-2, 1)), NaN, NaN);
    }

    [Fact]
    public void LogWithBaseCase1OutsideTheDomainIsNaN()
    {
        Parts(HyperDual<double>.Log(H(2), new HyperDual<double>(1)), NaN, NaN, NaN, NaN);
        Parts(HyperDual<double>.Log(H(-2), H(3)), NaN, NaN, NaN, NaN);
        Parts(Dual<double>.Log(new Dual<double>(2, 1), new Dual<double>(-3, 0)), NaN, NaN);
    }

    [Fact]
    public void LogWithBaseCase2ConstantBase()
    {
        // log₂ x at 8: 3, 1/(8 ln2), −1/(64 ln2).
        double ln2 = Math.Log(2);
        Parts(HyperDual<double>.Log(H(8, 1, 1, 0), new HyperDual<double>(2)), 3, 1 / (8 * ln2), 1 / (8 * ln2), -1 / (64 * ln2));
        Parts(HyperDual<double>.Log(H(0, 1, 0, 0), new HyperDual<double>(2)), -Inf, Inf, 0, 0);
        Parts(Dual<double>.Log(new Dual<double>(8, 1), new Dual<double>(2)), 3, 1 / (8 * ln2));
    }

    [Fact]
    public void LogWithAVaryingBaseDividesTheLogarithms()
    {
        // log_y x with x = 8 (tangent 1) and y = 2 (tangent 1): f = 3, ∂x = 1/(8 ln2), ∂y = −3/(2 ln2).
        double ln2 = Math.Log(2);
        HyperDual<double> r = HyperDual<double>.Log(new HyperDual<double>(8, 1, 0, 0), new HyperDual<double>(2, 1, 0, 0));
        Assert.Equal(3, r.Value, 1e-15);
        Assert.Equal((1 / (8 * ln2)) - (3 / (2 * ln2)), r.Epsilon1, 1e-14);
        Dual<double> d = Dual<double>.Log(new Dual<double>(8, 1), new Dual<double>(2, 1));
        Assert.Equal((1 / (8 * ln2)) - (3 / (2 * ln2)), d.Epsilon, 1e-14);
    }

    // Cbrt and RootN

    [Fact]
    public void CbrtCase2AtZeroTakesTheSideOfTheZerosSign()
    {
        Parts(HyperDual<double>.Cbrt(H(0, 1, 1, 0)), 0, Inf, Inf, -Inf);
        Parts(HyperDual<double>.Cbrt(H(-0.0, 1, 1, 0)), -0.0, Inf, Inf, Inf);
        Parts(HyperDual<double>.Cbrt(H(0, 0, 0, 0)), 0, 0, 0, 0);
        Parts(Dual<double>.Cbrt(new(0, -1)), 0, -Inf);
    }

    [Fact]
    public void RootNCase2DegreeOneIsTheIdentity()
    {
        Parts(HyperDual<double>.RootN(H(0), 1), 0, 0.75, -1.25, 0.5);
        Parts(Dual<double>.RootN(new(-3, 2), 1), -3, 2);
    }

    [Fact]
    public void RootNCase3AtZeroUsesTheLimitsFromTheRight()
    {
        Parts(HyperDual<double>.RootN(H(0, 1, 1, 0), 4), 0, Inf, Inf, -Inf);
        Parts(HyperDual<double>.RootN(H(0, 1, 1, 0), -2), Inf, -Inf, -Inf, Inf);
        Parts(HyperDual<double>.RootN(H(0, 0, 0, 0), 3), 0, 0, 0, 0);
        Parts(Dual<double>.RootN(new(0, 1), 2), 0, Inf);
        Parts(Dual<double>.RootN(new(0, 1), -3), Inf, -Inf);
    }

    [Fact]
    public void RootNOfDegreeZeroIsNaN()
    {
        Parts(HyperDual<double>.RootN(H(2), 0), NaN, NaN, NaN, NaN);
        Parts(Dual<double>.RootN(new(2, 1), 0), NaN, NaN);
    }

    [Fact]
    public void RootNCase1OddRootOfANegativeNumber()
    {
        // ∛x at −8: f = −2, f' = 1/(3·4) = 1/12, f'' = −2/(9·(−8)·4) = 1/144.
        HyperDual<double> r = HyperDual<double>.RootN(H(-8, 1, 1, 0), 3);
        Parts(r, -2, 1.0 / 12, 1.0 / 12, 1.0 / 144);
    }

    // Pow

    [Fact]
    public void PowCase1ConstantExponentUsesThePowerRuleAtZeroAndBelow()
    {
        // x² at 0: f' = 0, f'' = 2.
        Parts(HyperDual<double>.Pow(H(0, 1, 1, 0), new HyperDual<double>(2)), 0, 0, 0, 2);

        // x³ at −2: 3x² = 12, 6x = −12.
        Parts(HyperDual<double>.Pow(H(-2, 1, 1, 0), new HyperDual<double>(3)), -8, 12, 12, -12);

        // x¹ at 0: f' = 1, f'' = 0 (not 0·0^(−1) = NaN).
        Parts(HyperDual<double>.Pow(H(0, 1, 1, 0), new HyperDual<double>(1)), 0, 1, 1, 0);

        // x⁰: constant 1 everywhere, 0⁰ included.
        Parts(HyperDual<double>.Pow(H(0, 1, 1, 0), new HyperDual<double>(0)), 1, 0, 0, 0);

        // √x as x^0.5 at 0: slope +∞ where the tangent moves, 0 where it does not.
        Parts(HyperDual<double>.Pow(H(0, 1, 0, 0), new HyperDual<double>(0.5)), 0, Inf, 0, 0);

        // x^0.5 at −1: not real.
        HyperDual<double> negative = HyperDual<double>.Pow(H(-1), new HyperDual<double>(0.5));
        Assert.True(double.IsNaN(negative.Value) && double.IsNaN(negative.Epsilon1));

        Parts(Dual<double>.Pow(new(-2, 1), new Dual<double>(3)), -8, 12);
        Parts(Dual<double>.Pow(new Dual<double>(0, 1), 1.0), 0, 1);
        Parts(HyperDual<double>.Pow(H(3, 1, 1, 0), 2.0), 9, 6, 6, 2);
    }

    [Fact]
    public void PowCase2ConstantPositiveBaseUsesTheExponentialRule()
    {
        // 2^y at y = 3: 8, 8 ln2, 8 ln²2.
        double ln2 = Math.Log(2);
        Parts(HyperDual<double>.Pow(new HyperDual<double>(2), H(3, 1, 1, 0)), 8, 8 * ln2, 8 * ln2, 8 * ln2 * ln2);
        Parts(Dual<double>.Pow(new Dual<double>(2), new Dual<double>(3, 1)), 8, 8 * ln2);
    }

    [Fact]
    public void PowCase3ZeroBaseWithVaryingExponent()
    {
        // 0^y ≡ 0 for y > 0.
        Parts(HyperDual<double>.Pow(new HyperDual<double>(0), H(2)), 0, 0, 0, 0);
        Parts(Dual<double>.Pow(new Dual<double>(0), new Dual<double>(0.5, 1)), 0, 0);

        // 0^y at y = 0 jumps: NaN where y moves, 0 where it does not.
        Parts(HyperDual<double>.Pow(new HyperDual<double>(0), H(0, 1, 0, 0)), 1, NaN, 0, 0);
        Parts(Dual<double>.Pow(new Dual<double>(0), new Dual<double>(-1, 1)), Inf, NaN);
    }

    [Fact]
    public void PowCase4NegativeConstantBaseWithVaryingExponentIsNaN()
    {
        Parts(HyperDual<double>.Pow(new HyperDual<double>(-2), H(2, 1, 0, 0)), 4, NaN, 0, 0);
        Parts(Dual<double>.Pow(new Dual<double>(-2), new Dual<double>(3, 1)), -8, NaN);
    }

    [Fact]
    public void PowCase5BothVaryWithPositiveBase()
    {
        // x^y at (2, 3), x tangent (1, 0), y tangent (0, 1): ε₁ = ∂x = 12, ε₂ = ∂y = 8 ln2,
        // ε₁ε₂ = ∂xy = x^(y−1)(1 + y ln x) = 4(1 + 3 ln2).
        double ln2 = Math.Log(2);
        HyperDual<double> r = HyperDual<double>.Pow(new HyperDual<double>(2, 1, 0, 0), new HyperDual<double>(3, 0, 1, 0));
        Parts(r, 8, 12, 8 * ln2, 4 * (1 + (3 * ln2)));
    }

    [Fact]
    public void PowCase6BothVaryWithBaseAtOrBelowZeroIsNaN()
    {
        Parts(HyperDual<double>.Pow(H(-2), H(2)), 4, NaN, NaN, NaN);
        Parts(HyperDual<double>.Pow(H(0), H(2)), 0, NaN, NaN, NaN);
        Parts(Dual<double>.Pow(new Dual<double>(-2, 1), new Dual<double>(2, 1)), 4, NaN);
    }

    // Hypot

    [Fact]
    public void HypotCase2AtTheOriginGivesTheOneSidedDirectionalDerivatives()
    {
        HyperDual<double> r = HyperDual<double>.Hypot(new HyperDual<double>(0, 3, 1, 7), new HyperDual<double>(0, 4, -1, 7));
        Parts(r, 0, 5, Math.Sqrt(2), 0);
        Parts(Dual<double>.Hypot(new(0, -3), new(0, 4)), 0, 5);
    }

    // Inverse trigonometric and hyperbolic functions at the edges

    [Fact]
    public void AsinCase2AtOneAndMinusOne()
    {
        Parts(HyperDual<double>.Asin(H(1, 1, 1, 0)), Math.PI / 2, Inf, Inf, Inf);
        Parts(HyperDual<double>.Asin(H(-1, 1, 1, 0)), -Math.PI / 2, Inf, Inf, -Inf);
        Parts(HyperDual<double>.Asin(H(1, 0, 0, 0)), Math.PI / 2, 0, 0, 0);
        Parts(Dual<double>.Asin(new(1, -1)), Math.PI / 2, -Inf);
    }

    [Fact]
    public void AcosCase2AtOneAndMinusOne()
    {
        Parts(HyperDual<double>.Acos(H(1, 1, 1, 0)), 0, -Inf, -Inf, -Inf);
        Parts(HyperDual<double>.Acos(H(-1, 1, 1, 0)), Math.PI, -Inf, -Inf, Inf);
        Parts(HyperDual<double>.AcosPi(H(1, 1, 0, 0)), 0, -Inf, 0, 0);
        Parts(Dual<double>.AsinPi(new(-1, 1)), -0.5, Inf);
    }

    [Fact]
    public void AsinAndAcosCase3OutsideTheDomainAreNaN()
    {
        Parts(HyperDual<double>.Asin(H(1.5)), NaN, NaN, NaN, NaN);
        Parts(HyperDual<double>.Acos(H(-1.5)), NaN, NaN, NaN, NaN);
        Parts(Dual<double>.Acos(new(2, 1)), NaN, NaN);
    }

    [Fact]
    public void AcoshCases2And3()
    {
        Parts(HyperDual<double>.Acosh(H(1, 1, 1, 0)), 0, Inf, Inf, -Inf);
        Parts(HyperDual<double>.Acosh(H(1, 0, 0, 0)), 0, 0, 0, 0);
        Parts(HyperDual<double>.Acosh(H(-2)), NaN, NaN, NaN, NaN);
        Parts(HyperDual<double>.Acosh(H(0.5)), NaN, NaN, NaN, NaN);
        Parts(Dual<double>.Acosh(new(1, 1)), 0, Inf);
        Parts(Dual<double>.Acosh(new(-2, 1)), NaN, NaN);
    }

    [Fact]
    public void AtanhCases2And3()
    {
        Parts(HyperDual<double>.Atanh(H(1, 1, 1, 0)), Inf, Inf, Inf, Inf);
        Parts(HyperDual<double>.Atanh(H(-1, 1, 1, 0)), -Inf, Inf, Inf, -Inf);
        Parts(HyperDual<double>.Atanh(H(2)), NaN, NaN, NaN, NaN);
        Parts(Dual<double>.Atanh(new(-1, 1)), -Inf, Inf);
        Parts(Dual<double>.Atanh(new(-3, 1)), NaN, NaN);
    }

    // Atan2

    [Fact]
    public void Atan2Case2AtTheOrigin()
    {
        Parts(HyperDual<double>.Atan2(new HyperDual<double>(0), new HyperDual<double>(0)), 0, 0, 0, 0);
        Parts(HyperDual<double>.Atan2(new HyperDual<double>(0, 1, 0, 0), new HyperDual<double>(0, 0, 0, 0)), 0, NaN, 0, 0);
        Parts(HyperDual<double>.Atan2(new HyperDual<double>(0), new HyperDual<double>(-1.0, 0, 0, 0) * 0.0), Math.PI, 0, 0, 0);
        Parts(HyperDual<double>.Atan2Pi(new HyperDual<double>(0, 0, 1, 0), new HyperDual<double>(0, 0, 0, 1)), 0, 0, NaN, NaN);
        Parts(Dual<double>.Atan2(new(0, 0), new(0, 1)), 0, NaN);
        Parts(Dual<double>.Atan2Pi(new(0, 0), new(0, 0)), 0, 0);
    }

    [Fact]
    public void Atan2Case1NearTheOriginAndFarFromItDoesNotUnderflowOrOverflow()
    {
        // At (y, x) = (t, t): ∂y = 1/(2t), ∂x = −1/(2t), ∂yy = −1/(2t²), ∂xx = 1/(2t²), ∂xy = 0. With
        // t = 1e−200, x² + y² underflows to 0 although the slopes are finite; with t = 1e200 it overflows.
        foreach (double t in new[] { 1e-200, 1e200 })
        {
            HyperDual<double> r = HyperDual<double>.Atan2(new HyperDual<double>(t, 1, 1, 0), new HyperDual<double>(t));
            Same(Math.PI / 4, r.Value, "value");
            Same(0.5 / t, r.Epsilon1, "ε₁");
            Same(0.5 / t, r.Epsilon2, "ε₂");
            HyperDual<double> q = HyperDual<double>.Atan2(new HyperDual<double>(t), new HyperDual<double>(t, 1, 1, 0));
            Same(-0.5 / t, q.Epsilon1, "ε₁");
            Parts(Dual<double>.Atan2(new Dual<double>(t, 1), new Dual<double>(t, 0)), Math.PI / 4, 0.5 / t);
        }

        foreach (double t in new[] { 1e-150, 1e150 })
        {
            Parts(HyperDual<double>.Atan2(new HyperDual<double>(t, 1, 1, 0), new HyperDual<double>(t)), Math.PI / 4, 0.5 / t, 0.5 / t, -0.5 / t / t);
            Parts(HyperDual<double>.Atan2(new HyperDual<double>(t), new HyperDual<double>(t, 1, 1, 0)), Math.PI / 4, -0.5 / t, -0.5 / t, 0.5 / t / t);
        }
    }

    // Abs and CopySign

    [Fact]
    public void AbsCase1AwayFromZero()
    {
        Parts(HyperDual<double>.Abs(H(-2)), 2, -0.75, 1.25, -0.5);
        Parts(HyperDual<double>.Abs(H(2)), 2, 0.75, -1.25, 0.5);
    }

    [Fact]
    public void AbsCase2AtZeroTheSignBitChoosesTheSide()
    {
        Parts(HyperDual<double>.Abs(H(0)), 0, 0.75, -1.25, 0.5);
        Parts(HyperDual<double>.Abs(H(-0.0)), 0, -0.75, 1.25, -0.5);
        Assert.False(double.IsNegative(HyperDual<double>.Abs(H(-0.0)).Value));
        Parts(Dual<double>.Abs(new(-0.0, 2)), 0, -2);
        Parts(Dual<double>.Abs(new(0, 2)), 0, 2);
    }

    [Fact]
    public void CopySignCase1And2()
    {
        Parts(HyperDual<double>.CopySign(H(3), new HyperDual<double>(-1, 5, 5, 5)), -3, -0.75, 1.25, -0.5);
        Parts(HyperDual<double>.CopySign(H(-3), new HyperDual<double>(2, 5, 5, 5)), 3, -0.75, 1.25, -0.5);
        Parts(HyperDual<double>.CopySign(H(3), new HyperDual<double>(0.0)), 3, 0.75, -1.25, 0.5);
        Parts(HyperDual<double>.CopySign(H(3), new HyperDual<double>(-0.0)), -3, -0.75, 1.25, -0.5);
        Parts(HyperDual<double>.CopySign(H(0), new HyperDual<double>(-1)), -0.0, -0.75, 1.25, -0.5);
        Parts(Dual<double>.CopySign(new(2, 1), new(-1, 9)), -2, -1);
    }

    // Selection functions

    [Fact]
    public void MaxAndMinCase1DistinctValues()
    {
        HyperDual<double> x = H(1);
        HyperDual<double> y = new(2, 10, 20, 30);
        Parts(HyperDual<double>.Max(x, y), 2, 10, 20, 30);
        Parts(HyperDual<double>.Min(x, y), 1, 0.75, -1.25, 0.5);
    }

    [Fact]
    public void SelectionCase2TiesAverageTheParts()
    {
        HyperDual<double> x = new(1, 1, 2, 3);
        HyperDual<double> y = new(1, 3, 0, -3);
        Parts(HyperDual<double>.Max(x, y), 1, 2, 1, 0);
        Parts(HyperDual<double>.Min(x, y), 1, 2, 1, 0);
        Parts(HyperDual<double>.MaxNumber(x, y), 1, 2, 1, 0);
        Parts(HyperDual<double>.MinNumber(x, y), 1, 2, 1, 0);
        Parts(HyperDual<double>.MaxMagnitude(x, y), 1, 2, 1, 0);
        Parts(HyperDual<double>.MinMagnitude(x, y), 1, 2, 1, 0);
        Parts(HyperDual<double>.MaxMagnitudeNumber(x, y), 1, 2, 1, 0);
        Parts(HyperDual<double>.MinMagnitudeNumber(x, y), 1, 2, 1, 0);
        Parts(HyperDual<double>.MaxNative(x, x), 1, 1, 2, 3);
        Parts(Dual<double>.Max(new(1, 1), new(1, 3)), 1, 2);
        Parts(Dual<double>.MinNative(new(1, 1), new(1, 3)), 1, 2);

        // +0 and −0 tie; Max keeps +0 as double does, Min keeps −0.
        Assert.False(double.IsNegative(HyperDual<double>.Max(new(-0.0), new(0.0)).Value));
        Assert.True(double.IsNegative(HyperDual<double>.Min(new(0.0), new(-0.0)).Value));
    }

    [Fact]
    public void SelectionMagnitudeOfOppositeNumbersIsNotATie()
    {
        // |2| = |−2|, values differ: double's MaxMagnitude picks +2, MinMagnitude −2, parts follow.
        HyperDual<double> x = new(2, 1, 1, 1);
        HyperDual<double> y = new(-2, 5, 5, 5);
        Parts(HyperDual<double>.MaxMagnitude(x, y), 2, 1, 1, 1);
        Parts(HyperDual<double>.MinMagnitude(x, y), -2, 5, 5, 5);
    }

    [Fact]
    public void SelectionCase3NaN()
    {
        HyperDual<double> nan = new(double.NaN, 1, 2, 3);
        HyperDual<double> two = new(2, 5, 6, 7);
        Parts(HyperDual<double>.Max(two, nan), NaN, 1, 2, 3);
        Parts(HyperDual<double>.Min(nan, two), NaN, 1, 2, 3);
        Parts(HyperDual<double>.MaxNumber(nan, two), 2, 5, 6, 7);
        Parts(HyperDual<double>.MinNumber(two, nan), 2, 5, 6, 7);
        Parts(HyperDual<double>.MaxMagnitudeNumber(nan, two), 2, 5, 6, 7);
        Parts(HyperDual<double>.MinMagnitude(two, nan), NaN, 1, 2, 3);
        Parts(Dual<double>.MaxNumber(new(double.NaN, 1), new(2, 5)), 2, 5);
    }

    // Clamp

    [Fact]
    public void ClampCases()
    {
        HyperDual<double> low = new(0, 10, 10, 10);
        HyperDual<double> high = new(1, 20, 20, 20);

        // Case 1: inside.
        Parts(HyperDual<double>.Clamp(H(0.5), low, high), 0.5, 0.75, -1.25, 0.5);

        // Case 2: below and above take the bound's parts.
        Parts(HyperDual<double>.Clamp(H(-1), low, high), 0, 10, 10, 10);
        Parts(HyperDual<double>.Clamp(H(2), low, high), 1, 20, 20, 20);

        // Case 3: on an edge, the argument.
        Parts(HyperDual<double>.Clamp(H(0), low, high), 0, 0.75, -1.25, 0.5);
        Parts(HyperDual<double>.ClampNative(H(1), low, high), 1, 0.75, -1.25, 0.5);

        // Case 4: NaN stays.
        Assert.True(double.IsNaN(HyperDual<double>.Clamp(H(double.NaN), low, high).Value));

        Parts(Dual<double>.Clamp(new(5, 1), new(0, 2), new(1, 3)), 1, 3);
        Parts(Dual<double>.Clamp(new(1, 1), new(0, 2), new(1, 3)), 1, 1);
    }

    [Fact]
    public void ClampRejectsInvertedBounds()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => HyperDual<double>.Clamp(H(0), new(2), new(1)));
        Assert.Equal("min", e.ParamName);
        Assert.Throws<ArgumentException>(() => Dual<double>.Clamp(new(0, 0), new(2, 0), new(1, 0)));
    }

    // Rounding

    [Fact]
    public void RoundingCase1And2HaveZeroDerivative()
    {
        Parts(HyperDual<double>.Floor(H(2.5)), 2, 0, 0, 0);
        Parts(HyperDual<double>.Floor(H(3)), 3, 0, 0, 0);
        Parts(HyperDual<double>.Ceiling(H(3)), 3, 0, 0, 0);
        Parts(HyperDual<double>.Round(H(2.5)), 2, 0, 0, 0);
        Parts(HyperDual<double>.Round(H(2.5), MidpointRounding.AwayFromZero), 3, 0, 0, 0);
        Parts(HyperDual<double>.Round(H(1.2345), 2), 1.23, 0, 0, 0);
        Parts(HyperDual<double>.Round(H(1.235), 2, MidpointRounding.ToPositiveInfinity), 1.24, 0, 0, 0);
        Parts(HyperDual<double>.Truncate(H(-2.7)), -2, 0, 0, 0);
        Parts(Dual<double>.Round(new(0.5, 1)), 0, 0);
        Parts(Dual<double>.Truncate(new(-0.5, 1)), -0.0, 0);
    }

    // Modulus and remainder at a jump

    [Fact]
    public void ModulusAndRemainderHoldTheQuotientFixedAtAJump()
    {
        // 4 mod 2: remainder 0, quotient 2 ⇒ parts x − 2y.
        HyperDual<double> x = new(4, 1, 0, 2);
        HyperDual<double> y = new(2, 0, 1, 3);
        Parts(x % y, 0, 1, -2, -4);
        Parts(HyperDual<double>.Ieee754Remainder(x, y), 0, 1, -2, -4);

        // 5 IEEE-remainder 2: quotient rounds to even 2, remainder 1; 7 rem 2: quotient 4, remainder −1.
        Parts(HyperDual<double>.Ieee754Remainder(new(5, 1, 0, 0), new(2, 0, 1, 0)), 1, 1, -2, 0);
        Parts(HyperDual<double>.Ieee754Remainder(new(7, 1, 0, 0), new(2, 0, 1, 0)), -1, 1, -4, 0);
        Parts(new Dual<double>(-7, 1) % new Dual<double>(2, 1), -1, 4);
    }
}
