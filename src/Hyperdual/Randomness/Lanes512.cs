using System.Runtime.Intrinsics;

namespace Hyperdual;

/// <summary>The lane operations on <see cref="Vector512{T}"/> (8 doubles).</summary>
internal readonly struct Lanes512 : ISimdLanes<Vector512<double>, Vector512<ulong>>
{
    public static int Count => Vector512<double>.Count;

    public static Vector512<ulong> EvenFrom(ulong first) => Vector512.Create(first) + (Vector512<ulong>.Indices << 1);

    public static Vector512<ulong> Broadcast(ulong value) => Vector512.Create(value);

    public static Vector512<ulong> Add(Vector512<ulong> a, Vector512<ulong> b) => a + b;

    public static Vector512<ulong> Multiply(Vector512<ulong> a, Vector512<ulong> b) => a * b;

    public static Vector512<ulong> Xor(Vector512<ulong> a, Vector512<ulong> b) => a ^ b;

    public static Vector512<ulong> And(Vector512<ulong> a, Vector512<ulong> b) => a & b;

    public static Vector512<ulong> ShiftRight(Vector512<ulong> a, int count) => a >>> count;

    public static Vector512<ulong> ShiftLeft(Vector512<ulong> a, int count) => a << count;

    public static Vector512<double> ToDouble(Vector512<ulong> a) => Vector512.ConvertToDouble(a);

    public static Vector512<double> AsDouble(Vector512<ulong> a) => a.AsDouble();

    public static Vector512<ulong> AsBits(Vector512<double> a) => a.AsUInt64();

    public static Vector512<double> Broadcast(double value) => Vector512.Create(value);

    public static Vector512<double> Add(Vector512<double> a, Vector512<double> b) => a + b;

    public static Vector512<double> Subtract(Vector512<double> a, Vector512<double> b) => a - b;

    public static Vector512<double> Multiply(Vector512<double> a, Vector512<double> b) => a * b;

    public static Vector512<double> Divide(Vector512<double> a, Vector512<double> b) => a / b;

    public static Vector512<double> FusedMultiplyAdd(Vector512<double> a, Vector512<double> b, Vector512<double> c) => Vector512.FusedMultiplyAdd(a, b, c);

    public static Vector512<double> Sqrt(Vector512<double> a) => Vector512.Sqrt(a);

    public static void StoreInterleaved(Vector512<double> even, Vector512<double> odd, Span<double> destination)
    {
        (Vector512<double> low, Vector512<double> high) = Interleave(even, odd);
        low.CopyTo(destination);
        high.CopyTo(destination[Vector512<double>.Count..]);
    }

    public static void StoreInterleaved(Vector512<double> even, Vector512<double> odd, Span<float> destination)
    {
        (Vector512<double> low, Vector512<double> high) = Interleave(even, odd);
        Vector512.Narrow(low, high).CopyTo(destination);
    }

    private static (Vector512<double> Low, Vector512<double> High) Interleave(Vector512<double> even, Vector512<double> odd)
    {
        Vector512<ulong> oddLanes = Vector512.Equals(Vector512<ulong>.Indices & Vector512<ulong>.One, Vector512<ulong>.One);
        Vector512<long> low = Vector512.Create(0L, 0L, 1L, 1L, 2L, 2L, 3L, 3L), high = Vector512.Create(4L, 4L, 5L, 5L, 6L, 6L, 7L, 7L);
        return (
            Vector512.ConditionalSelect(oddLanes.AsDouble(), Vector512.Shuffle(odd, low), Vector512.Shuffle(even, low)),
            Vector512.ConditionalSelect(oddLanes.AsDouble(), Vector512.Shuffle(odd, high), Vector512.Shuffle(even, high)));
    }
}
