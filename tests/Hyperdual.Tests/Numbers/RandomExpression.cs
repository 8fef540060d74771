using System.Numerics;

namespace Hyperdual.Tests.Numbers;

/// <summary>
/// A random smooth expression in two variables, built from a seed and evaluated with generic math on
/// any number type. Every operation is wrapped so its argument stays inside its domain (e.g. log(1 + u²),
/// asin(0.9·tanh u)), so finite differences are meaningful everywhere.
/// </summary>
public sealed class RandomExpression
{
    private static readonly string[] UnaryOperations =
    [
        "sin", "cos", "tanh", "atan", "log1+sq", "sqrt1+sq", "exp∘tanh", "cbrt2+sin", "asinh", "sinh∘tanh",
        "asin0.9tanh", "acos0.9tanh", "atanh0.9tanh", "acosh2+sq", "log2(1+sq)", "log10(1+sq)", "exp2∘tanh",
        "exp10∘tanh", "expm1∘tanh", "logp1(sq)", "sinpi", "cospi", "pow(1+sq,1.5)", "rootn(1+sq,3)", "square",
        "cosh∘tanh", "tan0.7tanh", "atanpi", "asinpi0.9tanh", "exp2m1∘tanh", "log2p1(sq)", "log10p1(sq)",
    ];

    private static readonly string[] BinaryOperations =
    [
        "+", "-", "*", "u/(1+v²)", "pow(1+u²,tanh v)", "atan2(u,2+sin v)", "hypot(u,1+v²)", "log(2+u²,2+v²)",
        "fma", "lerp",
    ];

    private readonly string _operation;
    private readonly RandomExpression[] _children;
    private readonly double _constant;

    private RandomExpression(string operation, double constant, params RandomExpression[] children)
    {
        _operation = operation;
        _constant = constant;
        _children = children;
    }

    /// <summary>Builds an expression of at most the given depth.</summary>
    public static RandomExpression Create(Random random, int depth)
    {
        if (depth == 0 || random.NextDouble() < 0.15)
        {
            return random.Next(5) switch
            {
                0 => new RandomExpression("c", Math.Round((random.NextDouble() * 2) - 1, 3)),
                1 or 2 => new RandomExpression("x", 0),
                _ => new RandomExpression("y", 0),
            };
        }

        if (random.NextDouble() < 0.5)
        {
            return new RandomExpression(UnaryOperations[random.Next(UnaryOperations.Length)], 0, Create(random, depth - 1));
        }

        return new RandomExpression(BinaryOperations[random.Next(BinaryOperations.Length)], 0, Create(random, depth - 1), Create(random, depth - 1));
    }

    /// <inheritdoc/>
    public override string ToString() => _operation switch
    {
        "c" => _constant.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        "x" or "y" => _operation,
        _ => $"{_operation}({string.Join(", ", _children.Select(c => c.ToString()))})",
    };

    /// <summary>Evaluates at (x, y).</summary>
    public TNumber Evaluate<TNumber>(TNumber x, TNumber y)
        where TNumber : IFloatingPointIeee754<TNumber>
    {
        TNumber one = TNumber.One;
        TNumber two = one + one;
        TNumber nine10 = TNumber.CreateChecked(0.9);
        switch (_operation)
        {
            case "c":
                return TNumber.CreateChecked(_constant);
            case "x":
                return x;
            case "y":
                return y;
        }

        TNumber u = _children[0].Evaluate(x, y);
        if (_children.Length == 1)
        {
            return _operation switch
            {
                "sin" => TNumber.Sin(u),
                "cos" => TNumber.Cos(u),
                "tanh" => TNumber.Tanh(u),
                "atan" => TNumber.Atan(u),
                "log1+sq" => TNumber.Log(one + (u * u)),
                "sqrt1+sq" => TNumber.Sqrt(one + (u * u)),
                "exp∘tanh" => TNumber.Exp(TNumber.Tanh(u)),
                "cbrt2+sin" => TNumber.Cbrt(two + TNumber.Sin(u)),
                "asinh" => TNumber.Asinh(u),
                "sinh∘tanh" => TNumber.Sinh(TNumber.Tanh(u)),
                "asin0.9tanh" => TNumber.Asin(nine10 * TNumber.Tanh(u)),
                "acos0.9tanh" => TNumber.Acos(nine10 * TNumber.Tanh(u)),
                "atanh0.9tanh" => TNumber.Atanh(nine10 * TNumber.Tanh(u)),
                "acosh2+sq" => TNumber.Acosh(two + (u * u)),
                "log2(1+sq)" => TNumber.Log2(one + (u * u)),
                "log10(1+sq)" => TNumber.Log10(one + (u * u)),
                "exp2∘tanh" => TNumber.Exp2(TNumber.Tanh(u)),
                "exp10∘tanh" => TNumber.Exp10(TNumber.Tanh(u)),
                "expm1∘tanh" => TNumber.ExpM1(TNumber.Tanh(u)),
                "logp1(sq)" => TNumber.LogP1(u * u),
                "sinpi" => TNumber.SinPi(u),
                "cospi" => TNumber.CosPi(u),
                "pow(1+sq,1.5)" => TNumber.Pow(one + (u * u), TNumber.CreateChecked(1.5)),
                "rootn(1+sq,3)" => TNumber.RootN(one + (u * u), 3),
                "square" => u * u,
                "cosh∘tanh" => TNumber.Cosh(TNumber.Tanh(u)),
                "tan0.7tanh" => TNumber.Tan(TNumber.CreateChecked(0.7) * TNumber.Tanh(u)),
                "atanpi" => TNumber.AtanPi(u),
                "asinpi0.9tanh" => TNumber.AsinPi(nine10 * TNumber.Tanh(u)),
                "exp2m1∘tanh" => TNumber.Exp2M1(TNumber.Tanh(u)),
                "log2p1(sq)" => TNumber.Log2P1(u * u),
                "log10p1(sq)" => TNumber.Log10P1(u * u),
                _ => throw new InvalidOperationException(_operation),
            };
        }

        TNumber v = _children[1].Evaluate(x, y);
        return _operation switch
        {
            "+" => u + v,
            "-" => u - v,
            "*" => u * v,
            "u/(1+v²)" => u / (one + (v * v)),
            "pow(1+u²,tanh v)" => TNumber.Pow(one + (u * u), TNumber.Tanh(v)),
            "atan2(u,2+sin v)" => TNumber.Atan2(u, two + TNumber.Sin(v)),
            "hypot(u,1+v²)" => TNumber.Hypot(u, one + (v * v)),
            "log(2+u²,2+v²)" => TNumber.Log(two + (u * u), two + (v * v)),
            "fma" => TNumber.FusedMultiplyAdd(u, v, u),
            "lerp" => TNumber.Lerp(u, v, TNumber.Tanh(u)),
            _ => throw new InvalidOperationException(_operation),
        };
    }
}
