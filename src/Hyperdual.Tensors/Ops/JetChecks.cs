using System.Numerics;

namespace Hyperdual.Tensors.Ops;

/// <summary>Argument checks shared by the jet rules.</summary>
internal static class JetChecks
{
    public static void SameK<T>(Jet<T> a, Jet<T> b, string op) where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (a.K != b.K)
        {
            throw new ArgumentException($"{op}: the operands' jets have K = {a.K} and K = {b.K}; they must agree.", nameof(b));
        }

        if (!a.Pairs.Equals(b.Pairs))
        {
            throw new ArgumentException($"{op}: the operands' jets track different pairs ({a.Pairs}; {b.Pairs}).", nameof(b));
        }
    }

    public static void Rank(ReadOnlySpan<int> shape, int rank, string op, string paramName, string layout)
    {
        if (shape.Length != rank)
        {
            throw new ArgumentException($"{op}: expected a rank-{rank} {layout} tensor, got shape {TensorShape.Format(shape)}.", paramName);
        }
    }
}
