using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Hyperdual.Tensors.Kernels;

/// <content>
/// The common 2×2, stride-2, unpadded max pooling for <see cref="float"/> and <see cref="double"/>:
/// two input rows are loaded contiguously, split into even and odd columns, and reduced left/right
/// then top/bottom with compare-and-select. Scanning a window row by row and reducing each row pair
/// first pick the same element (first maximum, first NaN), so the result equals the general scan.
/// </content>
public static partial class Pooling2d
{
    private static bool IsTwoByTwoStrideTwo<T>(in WindowGeometry g) =>
        g.OutWidth >= Vector256<T>.Count && g.KernelH == 2 && g.KernelW == 2 && g.StrideH == 2 && g.StrideW == 2 && g.PadH == 0 && g.PadW == 0;

    /// <summary>Max-pools a whole plane (2×2, stride 2, no padding, at least one vector of outputs per row) in vector groups along each output row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe void MaxPlane2x2<T>(ReadOnlySpan<T> input, in WindowGeometry g, int plane, Span<T> output, Span<int> argmax)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int lanes = Vector256<T>.Count;
        int w = g.Width, ow = g.OutWidth;
        int inBase = plane * g.InputPlane;
        int outBase = plane * g.OutputPlane;
        int vectorColumns = Vector256.IsHardwareAccelerated && ow >= lanes ? (ow + lanes - 1) / lanes * lanes : 0;
        T* positions = stackalloc T[lanes];
        Vector256<T> one = Vector256<T>.One;
        Vector256<T> rowBelow = Vector256.Create(T.CreateTruncating(w));
        fixed (T* source = input)
        {
            for (int oy = 0; oy < g.OutHeight; oy++)
            {
                int topStart = inBase + (2 * oy * w);
                T* top = source + topStart;
                T* bottom = top + w;
                int outRow = outBase + (oy * ow);
                for (int group = 0; group < vectorColumns; group += lanes)
                {
                    // The last group is moved left to end at the row's end: it overlaps the previous
                    // group and rewrites identical values, instead of leaving a scalar tail.
                    int ox = Math.Min(group, ow - lanes);
                    Deinterleave(Vector256.Load(top + (2 * ox)), Vector256.Load(top + (2 * ox) + lanes), out Vector256<T> a, out Vector256<T> b);
                    Deinterleave(Vector256.Load(bottom + (2 * ox)), Vector256.Load(bottom + (2 * ox) + lanes), out Vector256<T> c, out Vector256<T> d);
                    Vector256<T> takeB = FirstMaxTakesSecond(a, b);
                    Vector256<T> upper = Vector256.ConditionalSelect(takeB, b, a);
                    Vector256<T> upperPosition = takeB & one;
                    Vector256<T> takeD = FirstMaxTakesSecond(c, d);
                    Vector256<T> lower = Vector256.ConditionalSelect(takeD, d, c);
                    Vector256<T> lowerPosition = (takeD & one) + rowBelow;
                    Vector256<T> takeLower = FirstMaxTakesSecond(upper, lower);
                    Vector256.ConditionalSelect(takeLower, lower, upper).CopyTo(output.Slice(outRow + ox, lanes));
                    Vector256.ConditionalSelect(takeLower, lowerPosition, upperPosition).Store(positions);
                    int windowStart = topStart + (2 * ox);
                    for (int lane = 0; lane < lanes; lane++, windowStart += 2)
                    {
                        argmax[outRow + ox + lane] = windowStart + int.CreateTruncating(positions[lane]);
                    }
                }

                for (int ox = vectorColumns == 0 ? 0 : ow; ox < ow; ox++)
                {
                    output[outRow + ox] = MaxWindow(input, g, inBase, oy, ox, out argmax[outRow + ox]);
                }
            }
        }
    }

    /// <summary>Lanes where a scan that holds <paramref name="first"/> moves on to <paramref name="second"/>: second is larger, or second is the first NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> FirstMaxTakesSecond<T>(Vector256<T> first, Vector256<T> second)
    {
        Vector256<T> firstIsNaN = ~Vector256.Equals(first, first);
        Vector256<T> secondIsNaN = ~Vector256.Equals(second, second);
        return Vector256.AndNot(Vector256.GreaterThan(second, first) | secondIsNaN, firstIsNaN);
    }

    /// <summary>Splits 2·lanes consecutive elements into the even-indexed and odd-indexed ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Deinterleave<T>(Vector256<T> low, Vector256<T> high, out Vector256<T> evens, out Vector256<T> odds)
    {
        if (typeof(T) == typeof(float))
        {
            Vector256<int> order = Vector256.Create(0, 2, 4, 6, 1, 3, 5, 7);
            Vector256<float> l = Vector256.Shuffle(low.AsSingle(), order);
            Vector256<float> h = Vector256.Shuffle(high.AsSingle(), order);
            evens = Vector256.Create(l.GetLower(), h.GetLower()).As<float, T>();
            odds = Vector256.Create(l.GetUpper(), h.GetUpper()).As<float, T>();
        }
        else
        {
            Vector256<long> order = Vector256.Create(0L, 2L, 1L, 3L);
            Vector256<double> l = Vector256.Shuffle(low.AsDouble(), order);
            Vector256<double> h = Vector256.Shuffle(high.AsDouble(), order);
            evens = Vector256.Create(l.GetLower(), h.GetLower()).As<double, T>();
            odds = Vector256.Create(l.GetUpper(), h.GetUpper()).As<double, T>();
        }
    }
}
