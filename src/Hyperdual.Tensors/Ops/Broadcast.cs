using System.Numerics;

namespace Hyperdual.Tensors.Ops;

/// <summary>The one broadcasting rule of the binary ops: the right operand's shape is a suffix of the
/// left operand's (or the right operand is a single element), and it repeats over the leading dimensions.</summary>
internal static class Broadcast
{
    /// <summary>Checks the shapes and returns the length of the right operand's repeating block.</summary>
    public static int BlockLength(ReadOnlySpan<int> a, ReadOnlySpan<int> b, string op)
    {
        if (!TensorShape.IsSuffixOf(b, a))
        {
            throw new ArgumentException(
                $"{op}: the right operand's shape {TensorShape.Format(b)} must equal the trailing dimensions of the left operand's shape {TensorShape.Format(a)} (or be a single element).", "b");
        }

        return TensorShape.Product(b);
    }

    /// <summary>dest[e] = a[e] + sign·b[e mod |b|]; an empty span stands for zeros.</summary>
    public static void Combine<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, int blockLength, T sign, Span<T> dest)
        where T : IFloatingPointIeee754<T>
    {
        int n = dest.Length;
        for (int e = 0; e < n; e++)
        {
            T av = a.IsEmpty ? T.Zero : a[e];
            T bv = b.IsEmpty ? T.Zero : b[blockLength == 1 ? 0 : e % blockLength];
            dest[e] = av + (sign * bv);
        }
    }
    /// <summary>dest[f] = scale·Σ source[e] over e ≡ f (mod |dest|): the adjoint of repeating a block.</summary>
    public static void ReduceBlocks<T>(ReadOnlySpan<T> source, T scale, Span<T> dest)
        where T : IFloatingPointIeee754<T>
    {
        int block = dest.Length;
        dest.Clear();
        for (int e = 0; e < source.Length; e++)
        {
            dest[block == 1 ? 0 : e % block] += source[e];
        }

        for (int f = 0; f < block; f++)
        {
            dest[f] *= scale;
        }
    }
}
