using System.Numerics;

namespace Hyperdual.Tests.Numbers;

/// <summary>
/// A function of one variable with its first and second derivatives written by hand in double, the
/// points to check it at, and how to call it through .NET generic math on any number type.
/// </summary>
/// <param name="Name">The function (also the key of <see cref="UnaryOracles.Apply"/>).</param>
/// <param name="F">f.</param>
/// <param name="D1">f'.</param>
/// <param name="D2">f''.</param>
/// <param name="Points">Arguments, including some near the edges of the domain.</param>
/// <param name="ValueFloor">Extra magnitude for the value's tolerance (1 for the *M1 and *P1 variants,
/// whose BCL implementations subtract from or add to 1).</param>
public sealed record UnaryOracle(string Name, Func<double, double> F, Func<double, double> D1, Func<double, double> D2, double[] Points, double ValueFloor = 0);

public static class UnaryOracles
{
    private const double Ln2 = 0.69314718055994530942;
    private const double Ln10 = 2.30258509299404568402;

    private static double Pi => Math.PI;

    public static readonly UnaryOracle[] All =
    [
        new("Exp", Math.Exp, Math.Exp, Math.Exp, [-20, -1, -1e-8, 0, 0.5, 1, 10, 300]),
        new("Exp2", x => Math.Pow(2, x), x => Ln2 * Math.Pow(2, x), x => Ln2 * Ln2 * Math.Pow(2, x), [-30, -1, 0, 0.3, 1, 20, 500]),
        new("Exp10", x => Math.Pow(10, x), x => Ln10 * Math.Pow(10, x), x => Ln10 * Ln10 * Math.Pow(10, x), [-10, -1, 0, 0.3, 2, 100]),
        new("ExpM1", x => Math.Exp(x) - 1, Math.Exp, Math.Exp, [-5, -1e-6, 0, 1e-6, 0.5, 3, 50], 1),
        new("Exp2M1", x => Math.Pow(2, x) - 1, x => Ln2 * Math.Pow(2, x), x => Ln2 * Ln2 * Math.Pow(2, x), [-5, -1e-6, 0, 1e-6, 0.5, 3, 50], 1),
        new("Exp10M1", x => Math.Pow(10, x) - 1, x => Ln10 * Math.Pow(10, x), x => Ln10 * Ln10 * Math.Pow(10, x), [-3, -1e-6, 0, 1e-6, 0.5, 3, 20], 1),
        new("Log", Math.Log, x => 1 / x, x => -1 / (x * x), [1e-10, 1e-3, 0.5, 1, 1 + 1e-9, 2, 1e3, 1e10]),
        new("Log2", x => Math.Log(x) / Ln2, x => 1 / (x * Ln2), x => -1 / (x * x * Ln2), [1e-10, 1e-3, 0.5, 1, 2, 1e3, 1e10]),
        new("Log10", x => Math.Log(x) / Ln10, x => 1 / (x * Ln10), x => -1 / (x * x * Ln10), [1e-10, 1e-3, 0.5, 1, 2, 1e3, 1e10]),
        new("LogP1", x => Math.Log(1 + x), x => 1 / (1 + x), x => -1 / ((1 + x) * (1 + x)), [-0.999, -0.9, -1e-6, 0, 1e-6, 1, 1e6], 1),
        new("Log2P1", x => Math.Log(1 + x) / Ln2, x => 1 / ((1 + x) * Ln2), x => -1 / ((1 + x) * (1 + x) * Ln2), [-0.999, -0.9, -1e-6, 0, 1e-6, 1, 1e6], 1),
        new("Log10P1", x => Math.Log(1 + x) / Ln10, x => 1 / ((1 + x) * Ln10), x => -1 / ((1 + x) * (1 + x) * Ln10), [-0.999, -0.9, -1e-6, 0, 1e-6, 1, 1e6], 1),
        new("LogBase3", x => Math.Log(x) / Math.Log(3), x => 1 / (x * Math.Log(3)), x => -1 / (x * x * Math.Log(3)), [1e-6, 0.5, 1, 3, 1e6]),
        new("Sqrt", Math.Sqrt, x => 0.5 / Math.Sqrt(x), x => -0.25 / (x * Math.Sqrt(x)), [1e-12, 1e-4, 0.25, 1, 2, 1e6, 1e12]),
        new("Cbrt", Math.Cbrt, x => 1 / (3 * Math.Cbrt(x) * Math.Cbrt(x)), x => -2 / (9 * x * Math.Cbrt(x) * Math.Cbrt(x)), [-8, -1e-6, 1e-9, 0.5, 1, 27, 1e9]),
        new("RootN3", Math.Cbrt, x => 1 / (3 * Math.Cbrt(x) * Math.Cbrt(x)), x => -2 / (9 * x * Math.Cbrt(x) * Math.Cbrt(x)), [-27, -0.5, 0.5, 8]),
        new("RootN4", x => Math.Pow(x, 0.25), x => 0.25 * Math.Pow(x, -0.75), x => -0.1875 * Math.Pow(x, -1.75), [1e-8, 0.5, 1, 16, 1e8]),
        new("RootNMinus2", x => Math.Pow(x, -0.5), x => -0.5 * Math.Pow(x, -1.5), x => 0.75 * Math.Pow(x, -2.5), [0.25, 1, 4, 100]),
        new("Pow2.5", x => Math.Pow(x, 2.5), x => 2.5 * Math.Pow(x, 1.5), x => 3.75 * Math.Pow(x, 0.5), [1e-6, 0.5, 1, 3, 100]),
        new("Pow3", x => x * x * x, x => 3 * x * x, x => 6 * x, [-2, -0.5, 0, 0.5, 2]),
        new("PowMinus1.5", x => Math.Pow(x, -1.5), x => -1.5 * Math.Pow(x, -2.5), x => 3.75 * Math.Pow(x, -3.5), [0.1, 1, 10]),
        new("Sin", Math.Sin, Math.Cos, x => -Math.Sin(x), [-10, -1, 0, 1e-8, 0.5, Math.PI / 2, 3, 100]),
        new("Cos", Math.Cos, x => -Math.Sin(x), x => -Math.Cos(x), [-10, -1, 0, 1e-8, 0.5, Math.PI / 2, 3, 100]),
        new("Tan", Math.Tan, x => 1 / (Math.Cos(x) * Math.Cos(x)), x => 2 * Math.Sin(x) / Math.Pow(Math.Cos(x), 3), [-1.5, -0.5, 0, 0.5, 1, 1.5, 4]),
        new("SinPi", x => Math.Sin(Pi * x), x => Pi * Math.Cos(Pi * x), x => -Pi * Pi * Math.Sin(Pi * x), [-2.25, -0.5, 0, 0.1, 0.5, 1, 7.3]),
        new("CosPi", x => Math.Cos(Pi * x), x => -Pi * Math.Sin(Pi * x), x => -Pi * Pi * Math.Cos(Pi * x), [-2.25, -0.5, 0, 0.1, 0.5, 1, 7.3]),
        new("TanPi", x => Math.Tan(Pi * x), x => Pi / Math.Pow(Math.Cos(Pi * x), 2), x => 2 * Pi * Pi * Math.Sin(Pi * x) / Math.Pow(Math.Cos(Pi * x), 3), [-0.45, -0.1, 0, 0.2, 0.4, 1.3]),
        new("Asin", Math.Asin, x => 1 / Math.Sqrt((1 - x) * (1 + x)), x => x / Math.Pow((1 - x) * (1 + x), 1.5), [-0.999999, -0.5, 0, 1e-8, 0.3, 0.9, 0.999999]),
        new("Acos", Math.Acos, x => -1 / Math.Sqrt((1 - x) * (1 + x)), x => -x / Math.Pow((1 - x) * (1 + x), 1.5), [-0.999999, -0.5, 0, 1e-8, 0.3, 0.9, 0.999999]),
        new("AsinPi", x => Math.Asin(x) / Pi, x => 1 / (Pi * Math.Sqrt((1 - x) * (1 + x))), x => x / (Pi * Math.Pow((1 - x) * (1 + x), 1.5)), [-0.999999, -0.5, 0, 0.3, 0.999999]),
        new("AcosPi", x => Math.Acos(x) / Pi, x => -1 / (Pi * Math.Sqrt((1 - x) * (1 + x))), x => -x / (Pi * Math.Pow((1 - x) * (1 + x), 1.5)), [-0.999999, -0.5, 0, 0.3, 0.999999]),
        new("Atan", Math.Atan, x => 1 / (1 + (x * x)), x => -2 * x / Math.Pow(1 + (x * x), 2), [-100, -1, 0, 0.5, 1, 1e3]),
        new("AtanPi", x => Math.Atan(x) / Pi, x => 1 / (Pi * (1 + (x * x))), x => -2 * x / (Pi * Math.Pow(1 + (x * x), 2)), [-100, -1, 0, 0.5, 1, 1e3]),
        new("Sinh", Math.Sinh, Math.Cosh, Math.Sinh, [-10, -1, 0, 0.5, 2, 20]),
        new("Cosh", Math.Cosh, Math.Sinh, Math.Cosh, [-10, -1, 0, 0.5, 2, 20]),
        new("Tanh", Math.Tanh, x => 1 / (Math.Cosh(x) * Math.Cosh(x)), x => -2 * Math.Sinh(x) / Math.Pow(Math.Cosh(x), 3), [-20, -2, -0.1, 0, 0.5, 3]),
        new("Asinh", Math.Asinh, x => 1 / Math.Sqrt((x * x) + 1), x => -x / Math.Pow((x * x) + 1, 1.5), [-1e6, -1, 0, 0.5, 3, 1e6]),
        new("Acosh", Math.Acosh, x => 1 / Math.Sqrt((x - 1) * (x + 1)), x => -x / Math.Pow((x - 1) * (x + 1), 1.5), [1 + 1e-9, 1.001, 1.5, 3, 1e6]),
        new("Atanh", Math.Atanh, x => 1 / ((1 - x) * (1 + x)), x => 2 * x / Math.Pow((1 - x) * (1 + x), 2), [-0.999999, -0.5, 0, 0.3, 0.999]),
        new("DegreesToRadians", x => x * Pi / 180, _ => Pi / 180, _ => 0, [-90, 0, 45, 1e3]),
        new("RadiansToDegrees", x => x * 180 / Pi, _ => 180 / Pi, _ => 0, [-3, 0, 0.5, 1e3]),
        new("Abs", Math.Abs, x => Math.Sign(x), _ => 0, [-3, -1e-5, 2, 1e8]),
        new("Reciprocal", x => 1 / x, x => -1 / (x * x), x => 2 / (x * x * x), [-4, -1e-3, 0.5, 7, 1e6]),
        new("ReciprocalEstimate", x => 1 / x, x => -1 / (x * x), x => 2 / (x * x * x), [-4, -1e-3, 0.5, 7, 1e6]),
        new("ReciprocalSqrtEstimate", x => 1 / Math.Sqrt(x), x => -0.5 * Math.Pow(x, -1.5), x => 0.75 * Math.Pow(x, -2.5), [1e-6, 0.5, 4, 1e8]),
        new("Square", x => x * x, x => 2 * x, _ => 2, [-3, 0, 0.7, 10]),
        new("Negate", x => -x, _ => -1, _ => 0, [-3, 0, 2]),
        new("Increment", x => x + 1, _ => 1, _ => 0, [-3, 0, 2.5]),
        new("Decrement", x => x - 1, _ => 1, _ => 0, [-3, 0, 2.5]),
        new("Floor", Math.Floor, _ => 0, _ => 0, [-2.7, -0.3, 0.2, 1.6, 3.4]),
        new("Ceiling", Math.Ceiling, _ => 0, _ => 0, [-2.7, -0.3, 0.2, 1.6, 3.4]),
        new("Round", x => Math.Round(x), _ => 0, _ => 0, [-2.7, -0.3, 0.2, 1.6, 3.4]),
        new("Truncate", Math.Truncate, _ => 0, _ => 0, [-2.7, -0.3, 0.2, 1.6, 3.4]),
        new("ScaleB3", x => 8 * x, _ => 8, _ => 0, [-3, 0, 0.7, 1e10]),
        new("PlusScalar", x => x + 2.5, _ => 1, _ => 0, [-3, 0, 0.7]),
        new("ScalarMinus", x => 2.5 - x, _ => -1, _ => 0, [-3, 0, 0.7]),
        new("TimesScalar", x => x * 2.5, _ => 2.5, _ => 0, [-3, 0, 0.7]),
        new("ScalarOver", x => 2.5 / x, x => -2.5 / (x * x), x => 5 / (x * x * x), [-3, 0.25, 7]),
        new("OverScalar", x => x / 2.5, _ => 0.4, _ => 0, [-3, 0, 0.7]),
    ];

    public static UnaryOracle Get(string name) => All.Single(o => o.Name == name);

    /// <summary>Calls the named function through generic math, so the same call runs on every number type.</summary>
    public static TNumber Apply<TNumber>(string name, TNumber x)
        where TNumber : IFloatingPointIeee754<TNumber>
        => name switch
        {
            "Exp" => TNumber.Exp(x),
            "Exp2" => TNumber.Exp2(x),
            "Exp10" => TNumber.Exp10(x),
            "ExpM1" => TNumber.ExpM1(x),
            "Exp2M1" => TNumber.Exp2M1(x),
            "Exp10M1" => TNumber.Exp10M1(x),
            "Log" => TNumber.Log(x),
            "Log2" => TNumber.Log2(x),
            "Log10" => TNumber.Log10(x),
            "LogP1" => TNumber.LogP1(x),
            "Log2P1" => TNumber.Log2P1(x),
            "Log10P1" => TNumber.Log10P1(x),
            "LogBase3" => TNumber.Log(x, TNumber.CreateChecked(3)),
            "Sqrt" => TNumber.Sqrt(x),
            "Cbrt" => TNumber.Cbrt(x),
            "RootN3" => TNumber.RootN(x, 3),
            "RootN4" => TNumber.RootN(x, 4),
            "RootNMinus2" => TNumber.RootN(x, -2),
            "Pow2.5" => TNumber.Pow(x, TNumber.CreateChecked(2.5)),
            "Pow3" => TNumber.Pow(x, TNumber.CreateChecked(3)),
            "PowMinus1.5" => TNumber.Pow(x, TNumber.CreateChecked(-1.5)),
            "Sin" => TNumber.Sin(x),
            "Cos" => TNumber.Cos(x),
            "Tan" => TNumber.Tan(x),
            "SinPi" => TNumber.SinPi(x),
            "CosPi" => TNumber.CosPi(x),
            "TanPi" => TNumber.TanPi(x),
            "Asin" => TNumber.Asin(x),
            "Acos" => TNumber.Acos(x),
            "AsinPi" => TNumber.AsinPi(x),
            "AcosPi" => TNumber.AcosPi(x),
            "Atan" => TNumber.Atan(x),
            "AtanPi" => TNumber.AtanPi(x),
            "Sinh" => TNumber.Sinh(x),
            "Cosh" => TNumber.Cosh(x),
            "Tanh" => TNumber.Tanh(x),
            "Asinh" => TNumber.Asinh(x),
            "Acosh" => TNumber.Acosh(x),
            "Atanh" => TNumber.Atanh(x),
            "DegreesToRadians" => TNumber.DegreesToRadians(x),
            "RadiansToDegrees" => TNumber.RadiansToDegrees(x),
            "Abs" => TNumber.Abs(x),
            "Reciprocal" => TNumber.One / x,
            "ReciprocalEstimate" => TNumber.ReciprocalEstimate(x),
            "ReciprocalSqrtEstimate" => TNumber.ReciprocalSqrtEstimate(x),
            "Square" => x * x,
            "Negate" => -x,
            "Increment" => ++x,
            "Decrement" => --x,
            "Floor" => TNumber.Floor(x),
            "Ceiling" => TNumber.Ceiling(x),
            "Round" => TNumber.Round(x),
            "Truncate" => TNumber.Truncate(x),
            "ScaleB3" => TNumber.ScaleB(x, 3),
            "PlusScalar" => x + TNumber.CreateChecked(2.5),
            "ScalarMinus" => TNumber.CreateChecked(2.5) - x,
            "TimesScalar" => x * TNumber.CreateChecked(2.5),
            "ScalarOver" => TNumber.CreateChecked(2.5) / x,
            "OverScalar" => x / TNumber.CreateChecked(2.5),
            _ => throw new ArgumentException($"Unknown function {name}.", nameof(name)),
        };
}
