using System.Runtime.Intrinsics;

namespace Hyperdual;

/// <summary>The lane operations on <see cref="Vector256{T}"/> (4 doubles).</summary>
internal readonly struct Lanes256 : ISimdLanes<Vector256<double>, Vector256<ulong>>
{
    public static int Count => Vector256<double>.Count;

    public static Vector256<ulong> EvenFrom(ulong first) => Vector256.Create(first) + (Vector256<ulong>.Indices << 1);

    public static Vector256<ulong> Broadcast(ulong value) => Vector256.Create(value);

    public static Vector256<ulong> Add(Vector256<ulong> a, Vector256<ulong> b) => a + b;

    public static Vector256<ulong> Multiply(Vector256<ulong> a, Vector256<ulong> b) => a * b;

    public static Vector256<ulong> Xor(Vector256<ulong> a, Vector256<ulong> b) => a ^ b;

    public static Vector256<ulong> And(Vector256<ulong> a, Vector256<ulong> b) => a & b;

    public static Vector256<ulong> ShiftRight(Vector256<ulong> a, int count) => a >>> count;

    public static Vector256<ulong> ShiftLeft(Vector256<ulong> a, int count) => a << count;

    public static Vector256<double> ToDouble(Vector256<ulong> a) => Vector256.ConvertToDouble(a);

    public static Vector256<double> AsDouble(Vector256<ulong> a) => a.AsDouble();

    public static Vector256<ulong> AsBits(Vector256<double> a) => a.AsUInt64();

    public static Vector256<double> Broadcast(double value) => Vector256.Create(value);

    public static Vector256<double> Add(Vector256<double> a, Vector256<double> b) => a + b;

    public static Vector256<double> Subtract(Vector256<double> a, Vector256<double> b) => a - b;

    public static Vector256<double> Multiply(Vector256<double> a, Vector256<double> b) => a * b;

    public static Vector256<double> Divide(Vector256<double> a, Vector256<double> b) => a / b;

    public static Vector256<double> FusedMultiplyAdd(Vector256<double> a, Vector256<double> b, Vector256<double> c) => Vector256.FusedMultiplyAdd(a, b, c);

    public static Vector256<double> Sqrt(Vector256<double> a) => Vector256.Sqrt(a);

    public static void StoreInterleaved(Vector256<double> even, Vector256<double> odd, Span<double> destination)
    {
        (Vector256<double> low, Vector256<double> high) = Interleave(even, odd);
        low.CopyTo(destination);
        high.CopyTo(destination[Vector256<double>.Count..]);
    }

    public static void StoreInterleaved(Vector256<double> even, Vector256<double> odd, Span<float> destination)
    {
        (Vector256<double> low, Vector256<double> high) = Interleave(even, odd);
        Vector256.Narrow(low, high).CopyTo(destination);
    }

    private static (Vector256<double> Low, Vector256<double> High) Interleave(Vector256<double> even, Vector256<double> odd)
    {
        Vector256<ulong> oddLanes = Vector256.Equals(Vector256<ulong>.Indices & Vector256<ulong>.One, Vector256<ulong>.One);
        Vector256<long> low = Vector256.Create(0L, 0L, 1L, 1L), high = Vector256.Create(2L, 2L, 3L, 3L);
        return (
            Vector256.ConditionalSelect(oddLanes.AsDouble(), Vector256.Shuffle(odd, low), Vector256.Shuffle(even, low)),
            Vector256.ConditionalSelect(oddLanes.AsDouble(), Vector256.Shuffle(odd, high), Vector256.Shuffle(even, high)));
    }
}
