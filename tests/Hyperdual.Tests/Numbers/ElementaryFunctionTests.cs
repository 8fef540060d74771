using System.Numerics;

namespace Hyperdual.Tests.Numbers;

/// <summary>
/// Every elementary function on HyperDual and Dual, in double and float, against hand-written f, f', f''
/// (<see cref="UnaryOracles"/>): value, f'·b, f'·c and f''·b·c + f'·d.
/// </summary>
public sealed class ElementaryFunctionTests
{
    private const double B = 0.75;
    private const double C = -1.25;
    private const double Dd = 0.5;

    public static TheoryData<string, double> DoubleCases()
    {
        var data = new TheoryData<string, double>();
        foreach (UnaryOracle oracle in UnaryOracles.All)
        {
            foreach (double point in oracle.Points)
            {
                data.Add(oracle.Name, point);
            }
        }

        return data;
    }

    /// <summary>The points whose f, f', f'' fit comfortably in float at the float-rounded argument.</summary>
    public static TheoryData<string, double> FloatCases()
    {
        var data = new TheoryData<string, double>();
        foreach (UnaryOracle oracle in UnaryOracles.All)
        {
            foreach (double point in oracle.Points)
            {
                double a = (float)point;
                double[] values = [oracle.F(a), oracle.D1(a), oracle.D2(a)];
                if (values.All(v => double.IsFinite(v) && Math.Abs(v) < 1e30))
                {
                    data.Add(oracle.Name, point);
                }
            }
        }

        return data;
    }

    [Fact]
    public void EveryOracleHasPointsForBothScalarTypes()
    {
        // Guards the filters above: no function silently loses all its float cases.
        var floatNames = FloatCases().Select(row => (string)row[0]).ToHashSet();
        Assert.All(UnaryOracles.All, oracle => Assert.Contains(oracle.Name, floatNames));
        Assert.True(UnaryOracles.All.Length >= 55);
    }

    [Theory]
    [MemberData(nameof(DoubleCases))]
    public void HyperDualDoubleMatchesClosedForms(string name, double point) => CheckHyperDual<double>(name, point);

    [Theory]
    [MemberData(nameof(FloatCases))]
    public void HyperDualFloatMatchesClosedForms(string name, double point) => CheckHyperDual<float>(name, point);

    [Theory]
    [MemberData(nameof(DoubleCases))]
    public void DualDoubleMatchesClosedForms(string name, double point) => CheckDual<double>(name, point);

    [Theory]
    [MemberData(nameof(FloatCases))]
    public void DualFloatMatchesClosedForms(string name, double point) => CheckDual<float>(name, point);

    [Theory]
    [MemberData(nameof(DoubleCases))]
    public void PlainDoubleValueMatchesClosedForm(string name, double point)
    {
        // The generic call on plain double is the reference the dual types must agree with in value.
        // (double's *Estimate functions are hardware estimates; the dual types compute them exactly.)
        if (name.EndsWith("Estimate", StringComparison.Ordinal))
        {
            Assert.InRange(UnaryOracles.Apply(name, point) / UnaryOracles.Get(name).F(point), 0.99, 1.01);
            return;
        }

        UnaryOracle oracle = UnaryOracles.Get(name);
        double value = UnaryOracles.Apply(name, point);
        double f = oracle.F(point);
        Tolerance.Close(f, value, Math.Abs(f) + Math.Abs(point * oracle.D1(point)) + oracle.ValueFloor, 1e-13, $"{name}({point})");
    }

    private static void CheckHyperDual<T>(string name, double point)
        where T : IFloatingPointIeee754<T>
    {
        UnaryOracle oracle = UnaryOracles.Get(name);
        T a = T.CreateChecked(point);
        double x = Tolerance.D(a);
        var input = new HyperDual<T>(a, T.CreateChecked(B), T.CreateChecked(C), T.CreateChecked(Dd));

        HyperDual<T> result = UnaryOracles.Apply(name, input);

        double f = oracle.F(x);
        double f1 = oracle.D1(x);
        double f2 = oracle.D2(x);
        double tolerance = Tolerance.For<T>();
        string at = $"{name}({x:R}) in HyperDual<{typeof(T).Name}>";
        Tolerance.Close(f, Tolerance.D(result.Value), Math.Abs(f) + Math.Abs(x * f1) + oracle.ValueFloor, tolerance, at + " value");
        Tolerance.Close(f1 * B, Tolerance.D(result.Epsilon1), Math.Abs(f1 * B) + Math.Abs(x * f2 * B), tolerance, at + " ε₁");
        Tolerance.Close(f1 * C, Tolerance.D(result.Epsilon2), Math.Abs(f1 * C) + Math.Abs(x * f2 * C), tolerance, at + " ε₂");
        Tolerance.Close(
            (f2 * B * C) + (f1 * Dd),
            Tolerance.D(result.Epsilon12),
            Math.Abs(f2 * B * C) + Math.Abs(f1 * Dd) + Math.Abs(x * f2 * Dd),
            tolerance,
            at + " ε₁ε₂");
    }

    private static void CheckDual<T>(string name, double point)
        where T : IFloatingPointIeee754<T>
    {
        UnaryOracle oracle = UnaryOracles.Get(name);
        T a = T.CreateChecked(point);
        double x = Tolerance.D(a);
        var input = new Dual<T>(a, T.CreateChecked(B));

        Dual<T> result = UnaryOracles.Apply(name, input);

        double f = oracle.F(x);
        double f1 = oracle.D1(x);
        double tolerance = Tolerance.For<T>();
        string at = $"{name}({x:R}) in Dual<{typeof(T).Name}>";
        Tolerance.Close(f, Tolerance.D(result.Value), Math.Abs(f) + Math.Abs(x * f1) + oracle.ValueFloor, tolerance, at + " value");
        Tolerance.Close(f1 * B, Tolerance.D(result.Epsilon), Math.Abs(f1 * B) + Math.Abs(x * oracle.D2(x) * B), tolerance, at + " ε");
    }
}
