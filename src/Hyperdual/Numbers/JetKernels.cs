using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Hyperdual;

/// <summary>
/// The chain rule of <see cref="DirectionalJetParts{T}"/> over its storage (tangents, then rows of second parts),
/// with whole <see cref="Vector256{T}"/> rows where <typeparamref name="T"/> has them and scalar loops otherwise.
/// Row i of the second parts is updated as
/// <c>zᵢ· = fₓxᵢ· + f_y yᵢ· + (fₓₓxᵢ + fₓ_y yᵢ)x + (fₓ_y xᵢ + f_yy yᵢ)y</c>, which is
/// <c>fₓxᵢⱼ + f_y yᵢⱼ + fₓₓxᵢxⱼ + fₓ_y(xᵢyⱼ + xⱼyᵢ) + f_yy yᵢyⱼ</c> entry by entry; entries of directions at or
/// beyond K stay zero.
/// </summary>
/// <typeparam name="T">The scalar type.</typeparam>
internal static class JetKernels<T>
    where T : IFloatingPointIeee754<T>
{
    private const int Width = DirectionalJetParts<double>.MaxDirections;

    /// <summary>The lane masks of <see cref="Mask"/>, by K and chunk (built only where rows are vectors).</summary>
    private static readonly Vector256<T>[] Masks = BuildMasks();

    /// <summary>Whether whole rows are updated as vectors (the row length a multiple of the vector's).</summary>
    private static bool Vectorized
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported && Width % Vector256<T>.Count == 0;
    }

    /// <summary>zᵢ = f′xᵢ, zᵢⱼ = f′xᵢⱼ + f″xᵢxⱼ (smooth points).</summary>
    public static void Unary(ReadOnlySpan<T> a, Span<T> z, int k, T df, T d2f)
    {
        if (k == 0)
        {
            return;
        }

        bool linear = T.IsZero(d2f);
        if (Vectorized)
        {
            ref T x = ref Unsafe.AsRef(in a[0]);
            ref T r = ref z[0];
            int chunks = (k + Vector256<T>.Count - 1) / Vector256<T>.Count;
            Vector256<T> slope = Vector256.Create(df);
            for (int c = 0; c < chunks; c++)
            {
                nuint at = (nuint)(c * Vector256<T>.Count);
                Vector256<T> mask = Mask(c, k);
                Vector256<T> tangents = Vector256.LoadUnsafe(ref x, at);
                (slope * tangents & mask).StoreUnsafe(ref r, at);
                for (int i = 0; i < k; i++)
                {
                    nuint row = (nuint)((Width * (1 + i)) + (c * Vector256<T>.Count));
                    Vector256<T> value = slope * Vector256.LoadUnsafe(ref x, row);
                    if (!linear)
                    {
                        value += Vector256.Create(d2f * a[i]) * tangents;
                    }

                    (value & mask).StoreUnsafe(ref r, row);
                }
            }

            return;
        }

        for (int i = 0; i < k; i++)
        {
            z[i] = df * a[i];
            for (int j = 0; j < k; j++)
            {
                int p = DirectionalJetParts<T>.SecondIndex(i, j);
                z[p] = linear ? df * a[p] : (df * a[p]) + (d2f * a[i] * a[j]);
            }
        }
    }

    /// <summary>The two-argument rule; the second-order products are skipped when every second partial is zero.</summary>
    public static void Binary(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> z, int k, in BinaryRule<T> rule)
    {
        if (k == 0)
        {
            return;
        }

        T fx = rule.Fx;
        T fy = rule.Fy;
        T fxx = rule.Fxx;
        T fxy = rule.Fxy;
        T fyy = rule.Fyy;
        bool linear = T.IsZero(fxx) && T.IsZero(fxy) && T.IsZero(fyy);
        if (Vectorized)
        {
            ref T x = ref Unsafe.AsRef(in a[0]);
            ref T y = ref Unsafe.AsRef(in b[0]);
            ref T r = ref z[0];
            int chunks = (k + Vector256<T>.Count - 1) / Vector256<T>.Count;
            Vector256<T> vx = Vector256.Create(fx);
            Vector256<T> vy = Vector256.Create(fy);
            for (int c = 0; c < chunks; c++)
            {
                nuint at = (nuint)(c * Vector256<T>.Count);
                Vector256<T> mask = Mask(c, k);
                Vector256<T> xt = Vector256.LoadUnsafe(ref x, at);
                Vector256<T> yt = Vector256.LoadUnsafe(ref y, at);
                ((vx * xt) + (vy * yt) & mask).StoreUnsafe(ref r, at);
                for (int i = 0; i < k; i++)
                {
                    nuint row = (nuint)((Width * (1 + i)) + (c * Vector256<T>.Count));
                    Vector256<T> value = (vx * Vector256.LoadUnsafe(ref x, row)) + (vy * Vector256.LoadUnsafe(ref y, row));
                    if (!linear)
                    {
                        value += (Vector256.Create((fxx * a[i]) + (fxy * b[i])) * xt) + (Vector256.Create((fxy * a[i]) + (fyy * b[i])) * yt);
                    }

                    (value & mask).StoreUnsafe(ref r, row);
                }
            }

            return;
        }

        for (int i = 0; i < k; i++)
        {
            z[i] = (fx * a[i]) + (fy * b[i]);
            T alongX = (fxx * a[i]) + (fxy * b[i]);
            T alongY = (fxy * a[i]) + (fyy * b[i]);
            for (int j = 0; j < k; j++)
            {
                int p = DirectionalJetParts<T>.SecondIndex(i, j);
                z[p] = linear ? (fx * a[p]) + (fy * b[p]) : (fx * a[p]) + (fy * b[p]) + (alongX * a[j]) + (alongY * b[j]);
            }
        }
    }

    /// <summary>All bits set in the lanes of chunk <paramref name="chunk"/> that are directions below K, zero beyond.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> Mask(int chunk, int k) => Masks[(k * (Width / Vector256<T>.Count)) + chunk];

    private static Vector256<T>[] BuildMasks()
    {
        if (!Vectorized)
        {
            return [];
        }

        int chunks = Width / Vector256<T>.Count;
        var masks = new Vector256<T>[(Width + 1) * chunks];
        for (int k = 0; k <= Width; k++)
        {
            for (int c = 0; c < chunks; c++)
            {
                masks[(k * chunks) + c] = Vector256.LessThan(
                    Vector256<T>.Indices + Vector256.Create(T.CreateTruncating(c * Vector256<T>.Count)), Vector256.Create(T.CreateTruncating(k)));
            }
        }

        return masks;
    }
}
