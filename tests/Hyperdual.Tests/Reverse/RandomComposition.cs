using System.Numerics;

namespace Hyperdual.Tests.Reverse;

/// <summary>
/// A random expression graph over n variables, built from a seed: each instruction combines earlier slots
/// (variables or results, so values are reused many times) by an operation whose domain is always satisfied.
/// </summary>
internal sealed class RandomComposition : IScalarFunction
{
    private const int UnaryCount = 9;
    private const int BinaryCount = 6;

    private readonly (int Op, int A, int B)[] instructions;

    public RandomComposition(int seed, int variables, int length)
    {
        Variables = variables;
        var random = new Random(seed);
        instructions = new (int, int, int)[length];
        for (int k = 0; k < length; k++)
        {
            int slots = variables + k;
            // Favour recent slots so the graph is deep, but reach back to the variables too.
            int a = random.Next(2) == 0 ? slots - 1 - random.Next(Math.Min(3, slots)) : random.Next(slots);
            int b = random.Next(slots);
            instructions[k] = (random.Next(UnaryCount + BinaryCount), a, b);
        }

        Seed = seed;
    }

    public int Seed { get; }

    public int Variables { get; }

    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
    {
        var slots = new T[x.Length + instructions.Length];
        x.CopyTo(slots);
        T half = T.CreateChecked(0.5);
        for (int k = 0; k < instructions.Length; k++)
        {
            (int op, int ia, int ib) = instructions[k];
            T a = slots[ia];
            T b = slots[ib];
            slots[x.Length + k] = op switch
            {
                0 => T.Sin(a),
                1 => T.Cos(a) * half,
                2 => T.Tanh(a),
                3 => T.Atan(a),
                4 => T.Sqrt(a * a + T.One) - T.One,
                5 => T.Log(T.One + a * a),
                6 => T.Exp(T.Tanh(a)),
                7 => T.Hypot(a, T.One) * half,
                8 => T.Pow(a * a + T.One, half * half),
                9 => a + b,
                10 => a - half * b,
                11 => a * b,
                12 => a / (T.One + b * b),
                13 => T.Atan2(a, b * b + T.One),
                _ => T.Pow(T.One + a * a, T.Sin(b)),
            };
        }

        // Sum the last few results so several branches of the graph reach the output.
        T sum = T.Zero;
        for (int k = Math.Max(x.Length, slots.Length - 3); k < slots.Length; k++)
        {
            sum += slots[k];
        }

        return sum;
    }
}
