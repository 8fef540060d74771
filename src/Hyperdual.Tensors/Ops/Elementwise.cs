using System.Numerics;
using System.Numerics.Tensors;
using Hyperdual.Tensors.Kernels;

namespace Hyperdual.Tensors.Ops;

/// <summary>The drivers that apply an <see cref="IElementwiseFunction"/> to a tensor or a jet.</summary>
public static class Elementwise
{
    /// <summary>Value rule: <c>y = σ(x)</c> elementwise.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TFunction">The function.</typeparam>
    /// <param name="input">The input.</param>
    /// <param name="function">σ.</param>
    /// <returns>σ(input).</returns>
    public static Tensor<T> Apply<T, TFunction>(Tensor<T> input, TFunction function)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TFunction : struct, IElementwiseFunction
    {
        ArgumentNullException.ThrowIfNull(input);
        Tensor<T> output = Tensor<T>.Allocate(input.Shape, clear: false);
        ParallelRanges.For(input.Length, 1, (start, length) =>
        {
            ReadOnlySpan<T> x = input.Span.Slice(start, length);
            Span<T> y = output.Span.Slice(start, length);
            if (function is ReluFunction)
            {
                ReluMask.Apply(x, x, y);
                return;
            }

            for (int e = 0; e < x.Length; e++)
            {
                y[e] = function.Value(x[e]);
            }
        });
        return output;
    }

    /// <summary>
    /// Jet rule: <c>y₀ = σ(x₀)</c>, <c>yᵢ = σ'(x₀)xᵢ</c>, <c>yᵢⱼ = σ''(x₀)xᵢxⱼ + σ'(x₀)xᵢⱼ</c> (i ≤ j,
    /// valid for i = j); for a piecewise-linear σ the branch is the one the value x₀ selects.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TFunction">The function.</typeparam>
    /// <param name="input">The input jet.</param>
    /// <param name="function">σ.</param>
    /// <returns>The jet of σ(input).</returns>
    public static Jet<T> Apply<T, TFunction>(Jet<T> input, TFunction function)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TFunction : struct, IElementwiseFunction
    {
        ArgumentNullException.ThrowIfNull(input);
        bool tangents = input.HasTangents;
        bool second = input.HasSecondOrder || (tangents && !function.IsPiecewiseLinear);
        Jet<T> output = input.AllocateLike(input.Shape, tangents, second, clear: false);
        int n = input.PartLength;
        if (!tangents || function is ReluFunction)
        {
            // Relu is linear on each side of 0: every part is the input's part where x₀ > 0 and 0 elsewhere, one pass
            // per part. Without tangents only the value is there.
            int parts = output.StoredPartCount;
            ParallelRanges.For(n, parts, (start, length) =>
            {
                ReadOnlySpan<T> x0 = input.Value.Slice(start, length);
                if (function is not ReluFunction)
                {
                    Span<T> y0 = output.Value.Slice(start, length);
                    for (int e = 0; e < x0.Length; e++)
                    {
                        y0[e] = function.Value(x0[e]);
                    }

                    return;
                }

                for (int p = 0; p < parts; p++)
                {
                    ReluMask.Apply(x0, input.Parts.Slice((p * n) + start, length), output.Parts.Slice((p * n) + start, length));
                }
            });
            return output;
        }

        T[] d1 = Workspace<T>.RentOrAllocate(n, clear: false);
        T[] d2 = Workspace<T>.RentOrAllocate(n, clear: false);
        ParallelRanges.For(n, output.StoredPartCount, (start, length) =>
        {
            ReadOnlySpan<T> x = input.Value.Slice(start, length);
            Span<T> y = output.Value.Slice(start, length), a = d1.AsSpan(start, length), b = d2.AsSpan(start, length);
            for (int e = 0; e < x.Length; e++)
            {
                function.Evaluate(x[e], out y[e], out a[e], out b[e]);
            }

            PropagateUnary(input, output, d1.AsSpan(start, length), d2.AsSpan(start, length), start, length);
        });
        return output;
    }

    /// <summary>
    /// The unary chain rule given σ'(x₀) and σ''(x₀) per element: writes every tangent and
    /// second-order part of <paramref name="output"/> (whose value the caller has written).
    /// </summary>
    internal static void PropagateUnary<T>(Jet<T> input, Jet<T> output, ReadOnlySpan<T> d1, ReadOnlySpan<T> d2, int start, int length)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int directions = input.K;
        for (int i = 0; i < directions; i++)
        {
            TensorPrimitives.Multiply(input.Tangent(i).Slice(start, length), d1, output.Tangent(i).Slice(start, length));
        }

        if (!output.HasSecondOrder)
        {
            return;
        }

        for (int p = 0; p < output.PairCount; p++)
        {
            (int i, int j) = output.Pairs[p];
            Span<T> yij = output.SecondAt(p).Slice(start, length);
            TensorPrimitives.Multiply(input.Tangent(i).Slice(start, length), input.Tangent(j).Slice(start, length), yij);
            TensorPrimitives.Multiply(yij, d2, yij);
            if (input.HasSecondOrder)
            {
                TensorPrimitives.FusedMultiplyAdd(input.SecondAt(p).Slice(start, length), d1, yij, yij);
            }
        }
    }
    /// <summary>
    /// Taped rule: the value rule, keeping only what the reverse rule <c>x̄ += σ'(x)·ȳ</c> needs — for
    /// relu its output (y &gt; 0 exactly where x &gt; 0, and the output is usually saved by the next
    /// layer anyway), for every other σ the derivative σ'(x) — never the input.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TFunction">The function.</typeparam>
    /// <param name="input">The input.</param>
    /// <param name="function">σ.</param>
    /// <returns>σ(input) on the tape.</returns>
    public static TapeTensor<T> Apply<T, TFunction>(TapeTensor<T> input, TFunction function)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TFunction : struct, IElementwiseFunction
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Tape<T>.Of(input) is null)
        {
            return TapeTensor<T>.Constant(Apply(input.Value, function));
        }

        if (function is ReluFunction)
        {
            Tensor<T> output = Apply(input.Value, function);
            return Tape<T>.Record(output, new() { Rule = BackwardRelu<T>, Saved0 = output }, input);
        }

        Tensor<T> y = Tensor<T>.Allocate(input.Shape, clear: false);
        Tensor<T> derivative = Tensor<T>.Allocate(input.Shape, clear: false);
        ReadOnlySpan<T> x = input.Value.Span;
        Span<T> ys = y.Span, d1 = derivative.Span;
        for (int e = 0; e < x.Length; e++)
        {
            function.Evaluate(x[e], out ys[e], out d1[e], out _);
        }

        return Tape<T>.Record(y, new() { Rule = BackwardDerivative<T>, Saved0 = derivative }, input);
    }

    /// <summary>Reverse rule with the saved σ'(x): x̄ += σ'(x)·ȳ.</summary>
    internal static void BackwardDerivative<T>(Tape<T> tape, in TapeNode<T> node) where T : unmanaged, IFloatingPointIeee754<T>
    {
        Span<T> gx = tape.BeginGradient(node.A);
        TensorPrimitives.Multiply(Tape<T>.OutputGradient(node), node.Saved0!.Span, gx);
        tape.EndGradient(node.A);
    }

    /// <summary>Reverse rule of relu from its saved output: x̄ += ȳ where y &gt; 0 (the subgradient 0 at x = 0, as the jet rule).</summary>
    internal static void BackwardRelu<T>(Tape<T> tape, in TapeNode<T> node) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ReadOnlySpan<T> gy = Tape<T>.OutputGradient(node);
        Span<T> gx = tape.BeginGradient(node.A);
        ReluMask.Apply(node.Saved0!.Span, gy, gx);
        tape.EndGradient(node.A);
    }
}
