using System.Numerics;
using System.Numerics.Tensors;

namespace Hyperdual.Tensors.Ops;

/// <summary>
/// Mean cross-entropy of logits z <c>[n, C]</c> against labels y: L = (1/n) Σ_r (lse(z_r) − z_r[y_r]).
/// With p = softmax(z₀) per row and sᵢ = ⟨p, zᵢ⟩ (see <see cref="LogSoftmaxOp"/>):
/// Lᵢ = (1/n) Σ_r (sᵢ − zᵢ[y]), Lᵢⱼ = (1/n) Σ_r (⟨p, zᵢⱼ⟩ + ⟨p, (zᵢ − sᵢ)(zⱼ − sⱼ)⟩ − zᵢⱼ[y]).
/// </summary>
public static class CrossEntropyOp
{
    /// <summary>Value rule.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="logits">The <c>[n, C]</c> logits.</param>
    /// <param name="labels">n labels in [0, C).</param>
    /// <returns>The scalar loss.</returns>
    public static Tensor<T> Forward<T>(Tensor<T> logits, ReadOnlySpan<int> labels) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(logits);
        (int rows, int c) = Check(logits.Shape, labels);
        ReadOnlySpan<T> z = logits.Span;
        T total = T.Zero;
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<T> row = z.Slice(r * c, c);
            total += LogSoftmaxOp.LogSumExp(row) - row[labels[r]];
        }

        Tensor<T> result = Tensor<T>.Allocate([], clear: false);
        result[0] = total / T.CreateTruncating(rows);
        return result;
    }

    /// <summary>Jet rule (see the type's remarks); nothing of size n·C·K² is materialised.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="logits">The logits jet.</param>
    /// <param name="labels">n labels in [0, C).</param>
    /// <returns>The scalar jet of the loss.</returns>
    public static Jet<T> Forward<T>(Jet<T> logits, ReadOnlySpan<int> labels) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(logits);
        (int rows, int c) = Check(logits.Shape, labels);
        int directions = logits.K, n = logits.PartLength, pairs = logits.PairCount;
        bool tangents = logits.HasTangents;
        Span<T> p = new T[c];
        Span<T> s = new T[directions];
        Span<T> centred = new T[directions * c];
        Span<T> sums = new T[1 + directions + pairs];
        ReadOnlySpan<T> z0 = logits.Value, zT = logits.Tangents, zS = logits.SecondOrder;
        for (int r = 0; r < rows; r++)
        {
            int o = r * c, label = labels[r];
            T lse = LogSoftmaxOp.Softmax(z0.Slice(o, c), p);
            sums[0] += lse - z0[o + label];
            if (!tangents)
            {
                continue;
            }

            for (int i = 0; i < directions; i++)
            {
                ReadOnlySpan<T> zi = zT.Slice((i * n) + o, c);
                T si = LogSoftmaxOp.Dot<T>(p, zi);
                s[i] = si;
                sums[1 + i] += si - zi[label];
                Span<T> ci = centred.Slice(i * c, c);
                for (int q = 0; q < c; q++)
                {
                    ci[q] = zi[q] - si;
                }
            }

            for (int pair = 0; pair < pairs; pair++)
            {
                (int i, int j) = logits.Pairs[pair];
                ReadOnlySpan<T> ci = centred.Slice(i * c, c);
                {
                    ReadOnlySpan<T> cj = centred.Slice(j * c, c);
                    T term = T.Zero;
                    for (int q = 0; q < c; q++)
                    {
                        term += p[q] * ci[q] * cj[q];
                    }

                    if (!zS.IsEmpty)
                    {
                        ReadOnlySpan<T> zij = zS.Slice((pair * n) + o, c);
                        term += LogSoftmaxOp.Dot<T>(p, zij) - zij[label];
                    }

                    sums[1 + directions + pair] += term;
                }
            }
        }

        Jet<T> result = logits.AllocateLike([], tangents, tangents, clear: false);
        T inv = T.One / T.CreateTruncating(rows);
        Span<T> dest = result.Parts;
        for (int q = 0; q < dest.Length; q++)
        {
            dest[q] = sums[q] * inv;
        }

        return result;
    }

    private static (int Rows, int Classes) Check(ReadOnlySpan<int> shape, ReadOnlySpan<int> labels)
    {
        if (shape.Length != 2 || shape[1] == 0)
        {
            throw new ArgumentException($"CrossEntropy: expected logits of shape [n, classes], got {TensorShape.Format(shape)}.", "logits");
        }

        if (labels.Length != shape[0])
        {
            throw new ArgumentException($"CrossEntropy: {labels.Length} labels for {shape[0]} rows of logits.", nameof(labels));
        }

        if (shape[0] == 0)
        {
            throw new ArgumentException("CrossEntropy: the batch is empty; the mean loss is undefined.", "logits");
        }

        foreach (int label in labels)
        {
            if ((uint)label >= (uint)shape[1])
            {
                throw new ArgumentOutOfRangeException(nameof(labels), label, $"CrossEntropy: a label must lie in [0, {shape[1]}).");
            }
        }

        return (shape[0], shape[1]);
    }
    /// <summary>Taped rule: the value rule, saving p = softmax(z) per row (not the logits) and the labels.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="logits">The logits.</param>
    /// <param name="labels">n labels in [0, C).</param>
    /// <returns>The scalar loss on the tape.</returns>
    public static TapeTensor<T> Forward<T>(TapeTensor<T> logits, ReadOnlySpan<int> labels) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(logits);
        if (Tape<T>.Of(logits) is null)
        {
            return TapeTensor<T>.Constant(Forward(logits.Value, labels));
        }

        (int rows, int c) = Check(logits.Shape, labels);
        Tensor<T> p = Tensor<T>.Allocate(logits.Shape, clear: false);
        ReadOnlySpan<T> z = logits.Value.Span;
        T total = T.Zero;
        for (int r = 0; r < rows; r++)
        {
            int o = r * c;
            total += LogSoftmaxOp.Softmax(z.Slice(o, c), p.Span.Slice(o, c)) - z[o + labels[r]];
        }

        Tensor<T> result = Tensor<T>.Allocate([], clear: false);
        result[0] = total / T.CreateTruncating(rows);
        TapeNode<T> node = new() { Rule = Backward<T>, Saved0 = p, Indices = labels.ToArray(), Arguments = TapeArguments.Of(new ClassCount(c)) };
        return Tape<T>.Record(result, node, logits);
    }

    /// <summary>The taped argument of the cross-entropy: the number of classes per row.</summary>
    private readonly record struct ClassCount(int Classes);

    /// <summary>Reverse rule: z̄ += L̄/n · (p − onehot(y)).</summary>
    internal static void Backward<T>(Tape<T> tape, in TapeNode<T> node) where T : unmanaged, IFloatingPointIeee754<T>
    {
        int[] labels = node.Indices!;
        int c = node.Arguments.As<ClassCount>().Classes;
        T scale = Tape<T>.OutputGradient(node)[0] / T.CreateTruncating(labels.Length);
        Span<T> gz = tape.BeginGradient(node.A);
        TensorPrimitives.Multiply(node.Saved0!.Span, scale, gz);
        for (int r = 0; r < labels.Length; r++)
        {
            gz[(r * c) + labels[r]] -= scale;
        }

        tape.EndGradient(node.A);
    }
}
