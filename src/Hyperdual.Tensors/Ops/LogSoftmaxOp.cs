using System.Numerics;

namespace Hyperdual.Tensors.Ops;

/// <summary>
/// l = z − lse(z) over the last dimension, lse(z) = m + log Σ exp(z − m), m = max z (stable).
/// With p = softmax(z₀) per row and sᵢ = ⟨p, zᵢ⟩:
/// lseᵢ = sᵢ, lseᵢⱼ = ⟨p, zᵢⱼ⟩ + ⟨p, (zᵢ − sᵢ)(zⱼ − sⱼ)⟩ (the covariance form of
/// ⟨p, zᵢzⱼ⟩ − sᵢsⱼ, free of cancellation), so lᵢ = zᵢ − sᵢ and lᵢⱼ = zᵢⱼ − lseᵢⱼ.
/// </summary>
public static class LogSoftmaxOp
{
    /// <summary>Value rule.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">The logits, rank ≥ 1.</param>
    /// <returns>The log-probabilities.</returns>
    public static Tensor<T> Forward<T>(Tensor<T> input) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(input);
        int c = RowLength(input.Shape);
        Tensor<T> output = Tensor<T>.Allocate(input.Shape, clear: false);
        ReadOnlySpan<T> z = input.Span;
        Span<T> l = output.Span;
        for (int r = 0; r < z.Length / c; r++)
        {
            ReadOnlySpan<T> row = z.Slice(r * c, c);
            T lse = LogSumExp(row);
            Span<T> dest = l.Slice(r * c, c);
            for (int q = 0; q < c; q++)
            {
                dest[q] = row[q] - lse;
            }
        }

        return output;
    }

    /// <summary>Jet rule (see the type's remarks).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">The logits jet.</param>
    /// <returns>The jet of the log-probabilities.</returns>
    public static Jet<T> Forward<T>(Jet<T> input) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(input);
        int c = RowLength(input.Shape);
        int directions = input.K, n = input.PartLength, rows = n / c;
        bool tangents = input.HasTangents;
        Jet<T> output = input.AllocateLike(input.Shape, tangents, tangents, clear: false);
        Span<T> p = new T[c];
        Span<T> s = new T[directions];
        ReadOnlySpan<T> z0 = input.Value, zT = input.Tangents, zS = input.SecondOrder;
        Span<T> l0 = output.Value, lT = output.Tangents, lS = output.SecondOrder;
        for (int r = 0; r < rows; r++)
        {
            int o = r * c;
            T lse = Softmax(z0.Slice(o, c), p);
            for (int q = 0; q < c; q++)
            {
                l0[o + q] = z0[o + q] - lse;
            }

            if (!tangents)
            {
                continue;
            }

            for (int i = 0; i < directions; i++)
            {
                ReadOnlySpan<T> zi = zT.Slice((i * n) + o, c);
                T si = Dot(p, zi);
                s[i] = si;
                Span<T> li = lT.Slice((i * n) + o, c);
                for (int q = 0; q < c; q++)
                {
                    li[q] = zi[q] - si;
                }
            }

            for (int pair = 0; pair < output.PairCount; pair++)
            {
                (int i, int j) = output.Pairs[pair];
                ReadOnlySpan<T> li = lT.Slice((i * n) + o, c);
                {
                    ReadOnlySpan<T> lj = lT.Slice((j * n) + o, c);
                    ReadOnlySpan<T> zij = zS.IsEmpty ? [] : zS.Slice((pair * n) + o, c);
                    T lseij = T.Zero;
                    for (int q = 0; q < c; q++)
                    {
                        lseij += p[q] * ((li[q] * lj[q]) + (zij.IsEmpty ? T.Zero : zij[q]));
                    }

                    Span<T> lij = lS.Slice((pair * n) + o, c);
                    for (int q = 0; q < c; q++)
                    {
                        lij[q] = (zij.IsEmpty ? T.Zero : zij[q]) - lseij;
                    }
                }
            }
        }

        return output;
    }

    /// <summary>The size of the last dimension (rank ≥ 1, non-empty).</summary>
    internal static int RowLength(ReadOnlySpan<int> shape)
    {
        if (shape.Length == 0 || shape[^1] == 0)
        {
            throw new ArgumentException($"Softmax-type ops need a non-empty last dimension; got shape {TensorShape.Format(shape)}.", "input");
        }

        return shape[^1];
    }

    /// <summary>Stable log Σ exp(row).</summary>
    internal static T LogSumExp<T>(ReadOnlySpan<T> row) where T : IFloatingPointIeee754<T>
    {
        T m = row[0];
        for (int q = 1; q < row.Length; q++)
        {
            if (row[q] > m)
            {
                m = row[q];
            }
        }

        T sum = T.Zero;
        for (int q = 0; q < row.Length; q++)
        {
            sum += T.Exp(row[q] - m);
        }

        return m + T.Log(sum);
    }

    /// <summary>p = softmax(row) (stable); returns lse(row).</summary>
    internal static T Softmax<T>(ReadOnlySpan<T> row, Span<T> p) where T : IFloatingPointIeee754<T>
    {
        T m = row[0];
        for (int q = 1; q < row.Length; q++)
        {
            if (row[q] > m)
            {
                m = row[q];
            }
        }

        T sum = T.Zero;
        for (int q = 0; q < row.Length; q++)
        {
            p[q] = T.Exp(row[q] - m);
            sum += p[q];
        }

        T inv = T.One / sum;
        for (int q = 0; q < row.Length; q++)
        {
            p[q] *= inv;
        }

        return m + T.Log(sum);
    }

    internal static T Dot<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b) where T : IFloatingPointIeee754<T>
    {
        T sum = T.Zero;
        for (int q = 0; q < a.Length; q++)
        {
            sum += a[q] * b[q];
        }

        return sum;
    }
    /// <summary>Taped rule: the value rule, saving the output only.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="input">The logits.</param>
    /// <returns>The log-probabilities on the tape.</returns>
    public static TapeTensor<T> Forward<T>(TapeTensor<T> input) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(input);
        Tensor<T> l = Forward(input.Value);
        TapeNode<T> node = new() { Rule = Backward<T>, Saved0 = l, Arguments = TapeArguments.Of(new RowArguments(RowLength(input.Shape))) };
        return Tape<T>.Record(l, node, input);
    }

    /// <summary>The taped argument of a row-wise softmax: the row length (the classes).</summary>
    internal readonly record struct RowArguments(int RowLength);

    /// <summary>Reverse rule per row: z̄ += l̄ − exp(l)·Σ l̄.</summary>
    internal static void Backward<T>(Tape<T> tape, in TapeNode<T> node) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ReadOnlySpan<T> gl = Tape<T>.OutputGradient(node);
        ReadOnlySpan<T> l = node.Saved0!.Span;
        int c = node.Arguments.As<RowArguments>().RowLength;
        Span<T> gz = tape.BeginGradient(node.A);
        for (int o = 0; o < gl.Length; o += c)
        {
            T sum = T.Zero;
            for (int q = o; q < o + c; q++)
            {
                sum += gl[q];
            }

            for (int q = o; q < o + c; q++)
            {
                gz[q] = gl[q] - (T.Exp(l[q]) * sum);
            }
        }

        tape.EndGradient(node.A);
    }
}
