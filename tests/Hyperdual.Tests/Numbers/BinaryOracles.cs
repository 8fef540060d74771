using System.Numerics;

namespace Hyperdual.Tests.Numbers;

/// <summary>A function of two variables with hand-written partial derivatives up to second order.</summary>
public sealed record BinaryOracle(
    string Name,
    Func<double, double, double> F,
    Func<double, double, double> Fx,
    Func<double, double, double> Fy,
    Func<double, double, double> Fxx,
    Func<double, double, double> Fxy,
    Func<double, double, double> Fyy,
    (double X, double Y)[] Points);

public static class BinaryOracles
{
    private static readonly Func<double, double, double> Zero = (_, _) => 0;
    private static readonly Func<double, double, double> One = (_, _) => 1;

    public static readonly BinaryOracle[] All =
    [
        new("Add", (x, y) => x + y, One, One, Zero, Zero, Zero, [(1, 2), (-3.5, 0.25)]),
        new("Subtract", (x, y) => x - y, One, (_, _) => -1, Zero, Zero, Zero, [(1, 2), (-3.5, 0.25)]),
        new("Multiply", (x, y) => x * y, (_, y) => y, (x, _) => x, Zero, One, Zero, [(1, 2), (-3.5, 0.25), (0, 7)]),
        new("Divide", (x, y) => x / y, (_, y) => 1 / y, (x, y) => -x / (y * y), Zero, (_, y) => -1 / (y * y), (x, y) => 2 * x / (y * y * y), [(1, 2), (-3.5, 0.25), (0, 7), (1e6, -1e-3)]),
        new(
            "Pow",
            Math.Pow,
            (x, y) => y * Math.Pow(x, y - 1),
            (x, y) => Math.Pow(x, y) * Math.Log(x),
            (x, y) => y * (y - 1) * Math.Pow(x, y - 2),
            (x, y) => Math.Pow(x, y - 1) * (1 + (y * Math.Log(x))),
            (x, y) => Math.Pow(x, y) * Math.Log(x) * Math.Log(x),
            [(0.5, 2.3), (2, -1.5), (3, 0.5), (1, 2), (10, 3), (1e-3, 0.7)]),
        new(
            "Atan2",
            Math.Atan2,
            (y, x) => x / ((x * x) + (y * y)),
            (y, x) => -y / ((x * x) + (y * y)),
            (y, x) => -2 * x * y / Math.Pow((x * x) + (y * y), 2),
            (y, x) => ((y * y) - (x * x)) / Math.Pow((x * x) + (y * y), 2),
            (y, x) => 2 * x * y / Math.Pow((x * x) + (y * y), 2),
            [(1, 2), (-1, -2), (1, -1e-3), (-3, 0.5), (0, 1), (1e-8, -1)]),
        new(
            "Atan2Pi",
            (y, x) => Math.Atan2(y, x) / Math.PI,
            (y, x) => x / ((x * x) + (y * y)) / Math.PI,
            (y, x) => -y / ((x * x) + (y * y)) / Math.PI,
            (y, x) => -2 * x * y / Math.Pow((x * x) + (y * y), 2) / Math.PI,
            (y, x) => ((y * y) - (x * x)) / Math.Pow((x * x) + (y * y), 2) / Math.PI,
            (y, x) => 2 * x * y / Math.Pow((x * x) + (y * y), 2) / Math.PI,
            [(1, 2), (-1, -2), (-3, 0.5), (0, 1)]),
        new(
            "Hypot",
            (x, y) => Math.Sqrt((x * x) + (y * y)),
            (x, y) => x / Math.Sqrt((x * x) + (y * y)),
            (x, y) => y / Math.Sqrt((x * x) + (y * y)),
            (x, y) => y * y / Math.Pow((x * x) + (y * y), 1.5),
            (x, y) => -x * y / Math.Pow((x * x) + (y * y), 1.5),
            (x, y) => x * x / Math.Pow((x * x) + (y * y), 1.5),
            [(3, 4), (-1e-5, 2), (1e10, 1), (0.5, -0.5)]),
        new(
            "LogBase",
            (x, b) => Math.Log(x) / Math.Log(b),
            (x, b) => 1 / (x * Math.Log(b)),
            (x, b) => -Math.Log(x) / (b * Math.Pow(Math.Log(b), 2)),
            (x, b) => -1 / (x * x * Math.Log(b)),
            (x, b) => -1 / (x * b * Math.Pow(Math.Log(b), 2)),
            (x, b) => Math.Log(x) * (Math.Log(b) + 2) / (b * b * Math.Pow(Math.Log(b), 3)),
            [(5, 2), (0.3, 10), (100, 0.5), (2, 1.5)]),
        new("Ieee754Remainder", Math.IEEERemainder, One, (x, y) => -Math.Round(x / y), Zero, Zero, Zero, [(7.3, 2), (-7.3, 2), (5.2, -1.5), (1, 3)]),
        new("Modulus", (x, y) => x % y, One, (x, y) => -Math.Truncate(x / y), Zero, Zero, Zero, [(7.3, 2), (-7.3, 2), (5.2, -1.5), (1, 3)]),
        new("Max", Math.Max, (x, y) => x > y ? 1 : 0, (x, y) => x > y ? 0 : 1, Zero, Zero, Zero, [(1, 2), (3, -4), (-0.5, 0.25)]),
        new("Min", Math.Min, (x, y) => x < y ? 1 : 0, (x, y) => x < y ? 0 : 1, Zero, Zero, Zero, [(1, 2), (3, -4), (-0.5, 0.25)]),
        new("MaxNumber", Math.Max, (x, y) => x > y ? 1 : 0, (x, y) => x > y ? 0 : 1, Zero, Zero, Zero, [(1, 2), (3, -4)]),
        new("MinNumber", Math.Min, (x, y) => x < y ? 1 : 0, (x, y) => x < y ? 0 : 1, Zero, Zero, Zero, [(1, 2), (3, -4)]),
        new("MaxMagnitude", (x, y) => Math.Abs(x) > Math.Abs(y) ? x : y, (x, y) => Math.Abs(x) > Math.Abs(y) ? 1 : 0, (x, y) => Math.Abs(x) > Math.Abs(y) ? 0 : 1, Zero, Zero, Zero, [(3, -4), (-0.5, 0.25), (2, -1)]),
        new("MinMagnitude", (x, y) => Math.Abs(x) < Math.Abs(y) ? x : y, (x, y) => Math.Abs(x) < Math.Abs(y) ? 1 : 0, (x, y) => Math.Abs(x) < Math.Abs(y) ? 0 : 1, Zero, Zero, Zero, [(3, -4), (-0.5, 0.25), (2, -1)]),
        new("MaxMagnitudeNumber", (x, y) => Math.Abs(x) > Math.Abs(y) ? x : y, (x, y) => Math.Abs(x) > Math.Abs(y) ? 1 : 0, (x, y) => Math.Abs(x) > Math.Abs(y) ? 0 : 1, Zero, Zero, Zero, [(3, -4), (2, -1)]),
        new("MinMagnitudeNumber", (x, y) => Math.Abs(x) < Math.Abs(y) ? x : y, (x, y) => Math.Abs(x) < Math.Abs(y) ? 1 : 0, (x, y) => Math.Abs(x) < Math.Abs(y) ? 0 : 1, Zero, Zero, Zero, [(3, -4), (2, -1)]),
        new("CopySign", Math.CopySign, (x, y) => Math.Sign(x) * Math.Sign(y), Zero, Zero, Zero, Zero, [(3, -1), (-2, 5), (-2, -5), (4, 2)]),
        new("Lerp0.25", (x, y) => (0.75 * x) + (0.25 * y), (_, _) => 0.75, (_, _) => 0.25, Zero, Zero, Zero, [(1, 5), (-2, 3)]),
        new("FusedMultiplyAdd1.5", (x, y) => (x * y) + 1.5, (_, y) => y, (x, _) => x, Zero, One, Zero, [(1, 2), (-3.5, 0.25)]),
        new("MultiplyAddEstimate1.5", (x, y) => (x * y) + 1.5, (_, y) => y, (x, _) => x, Zero, One, Zero, [(1, 2), (-3.5, 0.25)]),
    ];

    public static BinaryOracle Get(string name) => All.Single(o => o.Name == name);

    /// <summary>Calls the named function through generic math.</summary>
    public static TNumber Apply<TNumber>(string name, TNumber x, TNumber y)
        where TNumber : IFloatingPointIeee754<TNumber>
        => name switch
        {
            "Add" => x + y,
            "Subtract" => x - y,
            "Multiply" => x * y,
            "Divide" => x / y,
            "Pow" => TNumber.Pow(x, y),
            "Atan2" => TNumber.Atan2(x, y),
            "Atan2Pi" => TNumber.Atan2Pi(x, y),
            "Hypot" => TNumber.Hypot(x, y),
            "LogBase" => TNumber.Log(x, y),
            "Ieee754Remainder" => TNumber.Ieee754Remainder(x, y),
            "Modulus" => x % y,
            "Max" => TNumber.Max(x, y),
            "Min" => TNumber.Min(x, y),
            "MaxNumber" => TNumber.MaxNumber(x, y),
            "MinNumber" => TNumber.MinNumber(x, y),
            "MaxMagnitude" => TNumber.MaxMagnitude(x, y),
            "MinMagnitude" => TNumber.MinMagnitude(x, y),
            "MaxMagnitudeNumber" => TNumber.MaxMagnitudeNumber(x, y),
            "MinMagnitudeNumber" => TNumber.MinMagnitudeNumber(x, y),
            "CopySign" => TNumber.CopySign(x, y),
            "Lerp0.25" => TNumber.Lerp(x, y, TNumber.CreateChecked(0.25)),
            "FusedMultiplyAdd1.5" => TNumber.FusedMultiplyAdd(x, y, TNumber.CreateChecked(1.5)),
            "MultiplyAddEstimate1.5" => TNumber.MultiplyAddEstimate(x, y, TNumber.CreateChecked(1.5)),
            _ => throw new ArgumentException($"Unknown function {name}.", nameof(name)),
        };
}
