using System.Globalization;

namespace Hyperdual.Tests.Numbers;

using Number = ChainRuleNumber<double, OneDirectionParts>;

/// <summary>
/// The generic surface <see cref="ChainRuleNumber{T, TParts}"/> against <see cref="HyperDual{T}"/> with ε₁ = ε₂,
/// through every function of the shared oracle tables and at the non-smooth points: the surface must hand the
/// parts the same rule the hyper-dual number applies.
/// </summary>
public sealed class ChainRuleNumberSurfaceTests
{
    private const double Tangent = 0.75;
    private const double Second = -0.5;

    public static TheoryData<string, double, double> UnaryCases()
    {
        var data = new TheoryData<string, double, double>();
        foreach (UnaryOracle oracle in UnaryOracles.All)
        {
            foreach (double point in oracle.Points)
            {
                data.Add(oracle.Name, point, Tangent);
                data.Add(oracle.Name, point, 0);
            }
        }

        // The boundary and outside-the-domain points of HyperDual's numbered cases.
        foreach ((string name, double point) in BoundaryPoints)
        {
            data.Add(name, point, Tangent);
            data.Add(name, point, 0);
        }

        return data;
    }

    public static TheoryData<string, double, double, double, double> BinaryCases()
    {
        var data = new TheoryData<string, double, double, double, double>();
        foreach (BinaryOracle oracle in BinaryOracles.All)
        {
            foreach ((double x, double y) in oracle.Points.Concat(BinaryBoundaryPoints))
            {
                if (oracle.Name == "Hypot" && x == 0 && y == 0)
                {
                    continue; // The cone point differs by design; see HypotAtTheOriginIsAnUndefinedDirection.
                }

                data.Add(oracle.Name, x, y, Tangent, -1.5);
                data.Add(oracle.Name, x, y, 0, -1.5);
                data.Add(oracle.Name, x, y, Tangent, 0);
                data.Add(oracle.Name, x, y, 0, 0);
            }
        }

        return data;
    }

    private static readonly (string Name, double Point)[] BoundaryPoints =
    [
        ("Sqrt", 0), ("Sqrt", -1), ("Log", 0), ("Log", -0.0), ("Log", -2), ("Log2", 0), ("Log10", 0), ("LogP1", -1), ("LogP1", -3),
        ("LogBase3", 0), ("LogBase3", -1), ("Cbrt", 0), ("Cbrt", -0.0), ("RootN3", 0), ("RootN4", 0), ("RootNMinus2", 0), ("RootN4", -1),
        ("Pow2.5", 0), ("PowMinus1.5", 0), ("Pow3", 0), ("Asin", 1), ("Asin", -1), ("Asin", 2), ("Acos", 1), ("Acos", -1), ("Acos", -2),
        ("AsinPi", 1), ("AcosPi", -1), ("Acosh", 1), ("Acosh", 0.5), ("Atanh", 1), ("Atanh", -1), ("Atanh", 1.5), ("Abs", 0), ("Abs", -0.0),
        ("Floor", 2), ("Round", 2.5), ("Exp", double.NaN), ("Sin", double.NaN), ("Log", double.NaN),
    ];

    private static readonly (double X, double Y)[] BinaryBoundaryPoints = [(0, 0), (0, 2), (-2, 0.5), (1.5, 1.5), (-0.0, 0), (double.NaN, 1)];

    [Theory]
    [MemberData(nameof(UnaryCases))]
    public void EveryUnaryFunctionHandsThePartsTheHyperDualRule(string name, double point, double tangent)
    {
        HyperDual<double> expected = UnaryOracles.Apply(name, new HyperDual<double>(point, tangent, tangent, Second));
        Number actual = UnaryOracles.Apply(name, new Number(point, new OneDirectionParts(tangent, Second)));
        AssertSame(expected, actual, $"{name}({point}, tangent {tangent})");
    }

    [Theory]
    [MemberData(nameof(BinaryCases))]
    public void EveryBinaryFunctionHandsThePartsTheHyperDualRule(string name, double x, double y, double xTangent, double yTangent)
    {
        HyperDual<double> expected = BinaryOracles.Apply(
            name, new HyperDual<double>(x, xTangent, xTangent, Second), new HyperDual<double>(y, yTangent, yTangent, 0.25));
        Number actual = BinaryOracles.Apply(
            name, new Number(x, new OneDirectionParts(xTangent, Second)), new Number(y, new OneDirectionParts(yTangent, 0.25)));
        AssertSame(expected, actual, $"{name}({x}, {y}; tangents {xTangent}, {yTangent})");
    }

    [Fact]
    public void HypotAtTheOriginIsAnUndefinedDirection()
    {
        Number moving = Number.Hypot(new Number(0, new OneDirectionParts(1, 0)), new Number(0));
        Number still = Number.Hypot(new Number(0), new Number(-0.0));
        Assert.Equal(0, moving.Value);
        Assert.True(double.IsNaN(moving.Parts.Tangent));
        Assert.Equal(default, still.Parts);
    }

    [Fact]
    public void ClampChoosesTheArgumentWithItsParts()
    {
        var low = new Number(1, new OneDirectionParts(3, 4));
        var high = new Number(2, new OneDirectionParts(5, 6));
        Assert.Equal(low, Number.Clamp(new Number(0.5, new OneDirectionParts(1, 1)), low, high));
        Assert.Equal(high, Number.Clamp(new Number(7, new OneDirectionParts(1, 1)), low, high));
        Assert.Throws<ArgumentException>(() => Number.Clamp(Number.One, high, low));
    }

    [Fact]
    public void ComparisonsLookAtTheValueAndEqualityAtEveryPart()
    {
        var a = new Number(2, new OneDirectionParts(1, 0));
        var b = new Number(2, new OneDirectionParts(3, 0));
        Assert.True(a == b);
        Assert.False(a.Equals(b));
        Assert.True(a < new Number(3));
        Assert.Equal(0, a.CompareTo(b));
        Assert.NotEqual(a.GetHashCode(), new Number(2).GetHashCode());
    }

    [Fact]
    public void ConversionsAndParsingGiveConstantsAndTakeTheValue()
    {
        Assert.True(Number.CreateChecked(3).IsConstant);
        Assert.Equal(3.0, Number.CreateTruncating(3.0f).Value);
        Assert.Equal(2, int.CreateTruncating(new Number(2.7, new OneDirectionParts(1, 1))));
        Assert.Equal(new Number(1.5), Number.Parse("1.5", CultureInfo.InvariantCulture));
        Assert.False(Number.TryParse("1.5 + 2ε", CultureInfo.InvariantCulture, out _));
        Assert.Equal("1.5 [2, 0]", new Number(1.5, new OneDirectionParts(2, 0)).ToString(null, CultureInfo.InvariantCulture));
        Assert.Equal("1.5", new Number(1.5).ToString(null, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void RoundingGivesConstants()
    {
        var x = new Number(2.4, new OneDirectionParts(1, 1));
        Assert.True(Number.Floor(x).IsConstant);
        Assert.True(Number.Round(x, 1, MidpointRounding.AwayFromZero).IsConstant);
        Assert.True(Number.Truncate(x).IsConstant);
        Assert.False(Number.BitIncrement(x).IsConstant);
    }

    private static void AssertSame(HyperDual<double> expected, Number actual, string what)
    {
        Close(expected.Value, actual.Value, what + " value");
        Close(expected.Epsilon1, actual.Parts.Tangent, what + " tangent");
        Close(expected.Epsilon12, actual.Parts.Second, what + " second part");
    }

    private static void Close(double expected, double actual, string what)
    {
        if (!double.IsFinite(expected) || !double.IsFinite(actual))
        {
            Assert.True(expected.Equals(actual), $"{what}: expected {expected}, got {actual}");
            return;
        }

        Tolerance.Close(expected, actual, Math.Max(Math.Max(Math.Abs(expected), Math.Abs(actual)), 1e-300), 1e-12, what);
    }
}
