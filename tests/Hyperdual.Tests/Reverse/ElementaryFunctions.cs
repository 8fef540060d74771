using System.Numerics;

namespace Hyperdual.Tests.Reverse;

/// <summary>
/// Every elementary function of the generic-math family as an <see cref="IScalarFunction"/>, so one definition
/// runs on double, Dual and Adjoint; with a hand-derived derivative written over double.
/// </summary>
internal sealed class UnaryElementary(string name) : IScalarFunction
{
    public string Name { get; } = name;

    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T> => Apply(Name, x[0]);

    public override string ToString() => Name;

    private static T C<T>(double value) where T : IFloatingPointIeee754<T> => T.CreateChecked(value);

    public static T Apply<T>(string name, T x) where T : IFloatingPointIeee754<T> => name switch
    {
        "negate" => -x,
        "square" => x * x,
        "self-quotient" => x / x,
        "self-difference" => x - x,
        "add-constant" => x + C<T>(2.5) - C<T>(1.0),
        "constant-minus" => C<T>(2.5) - x,
        "constant-over" => C<T>(2.5) / x,
        "increment" => ++x,
        "decrement" => --x,
        "exp" => T.Exp(x),
        "exp2" => T.Exp2(x),
        "exp10" => T.Exp10(x),
        "expm1" => T.ExpM1(x),
        "exp2m1" => T.Exp2M1(x),
        "exp10m1" => T.Exp10M1(x),
        "log" => T.Log(x),
        "log2" => T.Log2(x),
        "log10" => T.Log10(x),
        "logp1" => T.LogP1(x),
        "log2p1" => T.Log2P1(x),
        "log10p1" => T.Log10P1(x),
        "log-base-3" => T.Log(x, C<T>(3.0)),
        "log-3-base-x" => T.Log(C<T>(3.0), x),
        "log-x-base-x-squared" => T.Log(x, x * x),
        "sqrt" => T.Sqrt(x),
        "cbrt" => T.Cbrt(x),
        "rootn-4" => T.RootN(x, 4),
        "rootn-minus-3" => T.RootN(x, -3),
        "hypot-2" => T.Hypot(x, C<T>(2.0)),
        "pow-2.5" => T.Pow(x, C<T>(2.5)),
        "pow-3-integer" => T.Pow(x, C<T>(3.0)),
        "2.5-pow" => T.Pow(C<T>(2.5), x),
        "pow-self" => T.Pow(x, x),
        "reciprocal" => T.ReciprocalEstimate(x),
        "reciprocal-sqrt" => T.ReciprocalSqrtEstimate(x),
        "sin" => T.Sin(x),
        "cos" => T.Cos(x),
        "tan" => T.Tan(x),
        "sinpi" => T.SinPi(x),
        "cospi" => T.CosPi(x),
        "tanpi" => T.TanPi(x),
        "sincos" => T.SinCos(x).Sin + C<T>(3.0) * T.SinCos(x).Cos,
        "sincospi" => T.SinCosPi(x).SinPi + C<T>(3.0) * T.SinCosPi(x).CosPi,
        "asin" => T.Asin(x),
        "acos" => T.Acos(x),
        "atan" => T.Atan(x),
        "asinpi" => T.AsinPi(x),
        "acospi" => T.AcosPi(x),
        "atanpi" => T.AtanPi(x),
        "atan2-x-over-2" => T.Atan2(x, C<T>(2.0)),
        "atan2-1-over-x" => T.Atan2(C<T>(1.0), x),
        "atan2pi-x-over-2" => T.Atan2Pi(x, C<T>(2.0)),
        "sinh" => T.Sinh(x),
        "cosh" => T.Cosh(x),
        "tanh" => T.Tanh(x),
        "asinh" => T.Asinh(x),
        "acosh" => T.Acosh(x),
        "atanh" => T.Atanh(x),
        "abs" => T.Abs(x),
        "copysign-minus-1" => T.CopySign(x, C<T>(-1.0)),
        "clamp-minus-1-1" => T.Clamp(x, C<T>(-1.0), C<T>(1.0)),
        "max-0.3" => T.Max(x, C<T>(0.3)),
        "min-0.3" => T.Min(x, C<T>(0.3)),
        "max-magnitude-0.3" => T.MaxMagnitude(x, C<T>(0.3)),
        "min-magnitude-number-0.3" => T.MinMagnitudeNumber(x, C<T>(0.3)),
        "round" => T.Round(x) + x,
        "floor" => T.Floor(x) + x,
        "ceiling" => T.Ceiling(x) + x,
        "truncate" => T.Truncate(x) + x,
        "round-digits" => T.Round(x, 1, MidpointRounding.AwayFromZero),
        "bit-increment" => T.BitIncrement(x),
        "bit-decrement" => T.BitDecrement(x),
        "scaleb-3" => T.ScaleB(x, 3),
        "modulus-0.7" => x % C<T>(0.7),
        "0.7-modulus-x" => C<T>(0.7) % x,
        "ieee-remainder-0.7" => T.Ieee754Remainder(x, C<T>(0.7)),
        "fma-x-x-x" => T.FusedMultiplyAdd(x, x, x),
        "multiply-add-x-x-1" => T.MultiplyAddEstimate(x, x, T.One),
        "lerp-x-2-x" => T.Lerp(x, C<T>(2.0), x),
        "degrees-to-radians" => T.DegreesToRadians(x),
        "radians-to-degrees" => T.RadiansToDegrees(x),
        _ => throw new ArgumentException($"unknown function {name}", nameof(name)),
    };

    /// <summary>Hand-derived derivatives, independent of any automatic differentiation.</summary>
    public static double Derivative(string name, double x) => name switch
    {
        "negate" => -1.0,
        "square" => 2.0 * x,
        "self-quotient" => 0.0,
        "self-difference" => 0.0,
        "add-constant" => 1.0,
        "constant-minus" => -1.0,
        "constant-over" => -2.5 / (x * x),
        "increment" or "decrement" => 1.0,
        "exp" or "expm1" => Math.Exp(x),
        "exp2" or "exp2m1" => Math.Log(2.0) * Math.Pow(2.0, x),
        "exp10" or "exp10m1" => Math.Log(10.0) * Math.Pow(10.0, x),
        "log" => 1.0 / x,
        "log2" => 1.0 / (x * Math.Log(2.0)),
        "log10" => 1.0 / (x * Math.Log(10.0)),
        "logp1" => 1.0 / (1.0 + x),
        "log2p1" => 1.0 / ((1.0 + x) * Math.Log(2.0)),
        "log10p1" => 1.0 / ((1.0 + x) * Math.Log(10.0)),
        "log-base-3" => 1.0 / (x * Math.Log(3.0)),
        "log-3-base-x" => -Math.Log(3.0) / (x * Math.Log(x) * Math.Log(x)),
        "log-x-base-x-squared" => 0.0,
        "sqrt" => 0.5 / Math.Sqrt(x),
        "cbrt" => 1.0 / (3.0 * Math.Cbrt(x) * Math.Cbrt(x)),
        "rootn-4" => 0.25 * Math.Pow(x, -0.75),
        "rootn-minus-3" => -1.0 / 3.0 * Math.Pow(Math.Abs(x), -4.0 / 3.0),
        "hypot-2" => x / Math.Sqrt(x * x + 4.0),
        "pow-2.5" => 2.5 * Math.Pow(x, 1.5),
        "pow-3-integer" => 3.0 * x * x,
        "2.5-pow" => Math.Log(2.5) * Math.Pow(2.5, x),
        "pow-self" => Math.Pow(x, x) * (Math.Log(x) + 1.0),
        "reciprocal" => -1.0 / (x * x),
        "reciprocal-sqrt" => -0.5 * Math.Pow(x, -1.5),
        "sin" => Math.Cos(x),
        "cos" => -Math.Sin(x),
        "tan" => 1.0 / (Math.Cos(x) * Math.Cos(x)),
        "sinpi" => Math.PI * Math.Cos(Math.PI * x),
        "cospi" => -Math.PI * Math.Sin(Math.PI * x),
        "tanpi" => Math.PI / (Math.Cos(Math.PI * x) * Math.Cos(Math.PI * x)),
        "sincos" => Math.Cos(x) - 3.0 * Math.Sin(x),
        "sincospi" => Math.PI * (Math.Cos(Math.PI * x) - 3.0 * Math.Sin(Math.PI * x)),
        "asin" => 1.0 / Math.Sqrt(1.0 - x * x),
        "acos" => -1.0 / Math.Sqrt(1.0 - x * x),
        "atan" => 1.0 / (1.0 + x * x),
        "asinpi" => 1.0 / (Math.PI * Math.Sqrt(1.0 - x * x)),
        "acospi" => -1.0 / (Math.PI * Math.Sqrt(1.0 - x * x)),
        "atanpi" => 1.0 / (Math.PI * (1.0 + x * x)),
        "atan2-x-over-2" => 2.0 / (x * x + 4.0),
        "atan2-1-over-x" => -1.0 / (1.0 + x * x),
        "atan2pi-x-over-2" => 2.0 / (Math.PI * (x * x + 4.0)),
        "sinh" => Math.Cosh(x),
        "cosh" => Math.Sinh(x),
        "tanh" => 1.0 / (Math.Cosh(x) * Math.Cosh(x)),
        "asinh" => 1.0 / Math.Sqrt(x * x + 1.0),
        "acosh" => 1.0 / Math.Sqrt(x * x - 1.0),
        "atanh" => 1.0 / (1.0 - x * x),
        "abs" => Math.Sign(x),
        "copysign-minus-1" => -Math.Sign(x),
        "clamp-minus-1-1" => Math.Abs(x) < 1.0 ? 1.0 : 0.0,
        "max-0.3" => x > 0.3 ? 1.0 : 0.0,
        "min-0.3" => x < 0.3 ? 1.0 : 0.0,
        "max-magnitude-0.3" => Math.Abs(x) > 0.3 ? 1.0 : 0.0,
        "min-magnitude-number-0.3" => Math.Abs(x) < 0.3 ? 1.0 : 0.0,
        "round" or "floor" or "ceiling" or "truncate" => 1.0,
        "round-digits" => 0.0,
        "bit-increment" or "bit-decrement" => 1.0,
        "scaleb-3" => 8.0,
        "modulus-0.7" => 1.0,
        "0.7-modulus-x" => -Math.Truncate(0.7 / x),
        "ieee-remainder-0.7" => 1.0,
        "fma-x-x-x" => 2.0 * x + 1.0,
        "multiply-add-x-x-1" => 2.0 * x,
        "lerp-x-2-x" => 3.0 - 2.0 * x,
        "degrees-to-radians" => Math.PI / 180.0,
        "radians-to-degrees" => 180.0 / Math.PI,
        _ => throw new ArgumentException($"unknown function {name}", nameof(name)),
    };

    /// <summary>Points inside each function's domain, away from kinks and jumps.</summary>
    public static double[] SamplePoints(string name) => name switch
    {
        "log" or "log2" or "log10" or "log-base-3" or "sqrt" or "rootn-4" or "pow-2.5" or "pow-self"
            or "reciprocal-sqrt" or "log-x-base-x-squared" => [0.3, 1.7, 42.0],
        "log-3-base-x" => [0.3, 1.7, 42.0],
        "logp1" or "log2p1" or "log10p1" => [-0.7, 0.4, 9.0],
        "asin" or "acos" or "asinpi" or "acospi" or "atanh" => [-0.9, 0.1, 0.6],
        "acosh" => [1.2, 3.0, 40.0],
        "tan" => [-1.2, 0.4, 1.4],
        "tanpi" => [-0.4, 0.1, 0.3],
        "exp" or "exp2" or "exp10" or "expm1" or "exp2m1" or "exp10m1" or "sinh" or "cosh" => [-3.0, 0.2, 2.5],
        "round" or "floor" or "ceiling" or "truncate" or "round-digits" => [-1.27, 0.33, 2.71],
        "0.7-modulus-x" => [0.2, 0.3, -0.25],
        _ => [-1.3, 0.45, 2.2],
    };

    public static readonly string[] Names =
    [
        "negate", "square", "self-quotient", "self-difference", "add-constant", "constant-minus", "constant-over",
        "increment", "decrement", "exp", "exp2", "exp10", "expm1", "exp2m1", "exp10m1", "log", "log2", "log10",
        "logp1", "log2p1", "log10p1", "log-base-3", "log-3-base-x", "log-x-base-x-squared", "sqrt", "cbrt", "rootn-4",
        "rootn-minus-3", "hypot-2", "pow-2.5", "pow-3-integer", "2.5-pow", "pow-self", "reciprocal", "reciprocal-sqrt",
        "sin", "cos", "tan", "sinpi", "cospi", "tanpi", "sincos", "sincospi", "asin", "acos", "atan", "asinpi",
        "acospi", "atanpi", "atan2-x-over-2", "atan2-1-over-x", "atan2pi-x-over-2", "sinh", "cosh", "tanh", "asinh",
        "acosh", "atanh", "abs", "copysign-minus-1", "clamp-minus-1-1", "max-0.3", "min-0.3", "max-magnitude-0.3",
        "min-magnitude-number-0.3", "round", "floor", "ceiling", "truncate", "round-digits", "bit-increment",
        "bit-decrement", "scaleb-3", "modulus-0.7", "0.7-modulus-x", "ieee-remainder-0.7", "fma-x-x-x",
        "multiply-add-x-x-1", "lerp-x-2-x", "degrees-to-radians", "radians-to-degrees",
    ];
}

/// <summary>Functions of two arguments with hand-derived partials.</summary>
internal sealed class BinaryElementary(string name) : IScalarFunction
{
    public string Name { get; } = name;

    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T> => Apply(Name, x[0], x[1]);

    public override string ToString() => Name;

    public static T Apply<T>(string name, T x, T y) where T : IFloatingPointIeee754<T> => name switch
    {
        "add" => x + y,
        "subtract" => x - y,
        "multiply" => x * y,
        "divide" => x / y,
        "pow" => T.Pow(x, y),
        "atan2" => T.Atan2(y, x),
        "atan2pi" => T.Atan2Pi(y, x),
        "hypot" => T.Hypot(x, y),
        "log-base" => T.Log(x, y),
        "modulus" => x % y,
        "ieee-remainder" => T.Ieee754Remainder(x, y),
        "max" => T.Max(x, y),
        "min-number" => T.MinNumber(x, y),
        "copysign" => T.CopySign(x, y),
        "fma" => T.FusedMultiplyAdd(x, y, x * y),
        "lerp" => T.Lerp(x, y, x),
        "clamp" => T.Clamp(x, y - T.One, y + T.One),
        _ => throw new ArgumentException($"unknown function {name}", nameof(name)),
    };

    public static (double Dx, double Dy) Partials(string name, double x, double y) => name switch
    {
        "add" => (1.0, 1.0),
        "subtract" => (1.0, -1.0),
        "multiply" => (y, x),
        "divide" => (1.0 / y, -x / (y * y)),
        "pow" => (y * Math.Pow(x, y - 1.0), Math.Pow(x, y) * Math.Log(x)),
        "atan2" => (-y / (x * x + y * y), x / (x * x + y * y)),
        "atan2pi" => (-y / (Math.PI * (x * x + y * y)), x / (Math.PI * (x * x + y * y))),
        "hypot" => (x / Math.Sqrt(x * x + y * y), y / Math.Sqrt(x * x + y * y)),
        "log-base" => (1.0 / (x * Math.Log(y)), -Math.Log(x) / (y * Math.Log(y) * Math.Log(y))),
        "modulus" => (1.0, -Math.Truncate(x / y)),
        "ieee-remainder" => (1.0, -Math.Round(x / y, MidpointRounding.ToEven)),
        "max" => x > y ? (1.0, 0.0) : (0.0, 1.0),
        "min-number" => x < y ? (1.0, 0.0) : (0.0, 1.0),
        "copysign" => (Math.Sign(x) == Math.Sign(y) ? 1.0 : -1.0, 0.0),
        "fma" => (2.0 * y, 2.0 * x),
        "lerp" => (1.0 + y - 2.0 * x, x),
        "clamp" => x < y - 1.0 ? (0.0, 1.0) : x > y + 1.0 ? (0.0, 1.0) : (1.0, 0.0),
        _ => throw new ArgumentException($"unknown function {name}", nameof(name)),
    };

    public static readonly string[] Names =
    [
        "add", "subtract", "multiply", "divide", "pow", "atan2", "atan2pi", "hypot", "log-base", "modulus",
        "ieee-remainder", "max", "min-number", "copysign", "fma", "lerp", "clamp",
    ];

    /// <summary>Points inside every function's domain (x, y &gt; 0, y ≠ 1), away from kinks and jumps.</summary>
    public static readonly (double X, double Y)[] SamplePoints = [(0.7, 2.3), (3.1, 0.45), (1.9, 1.6)];
}
